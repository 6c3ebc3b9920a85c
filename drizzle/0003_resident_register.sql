CREATE TABLE `attachment_blobs` (
	`attachment_id` text PRIMARY KEY NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`description` text,
	`uploaded_by` text,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_resident` ON `attachments` (`resident_id`);--> statement-breakpoint
CREATE TABLE `contact_log` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`family_member_id` text,
	`person_name` text,
	`note` text,
	`recorded_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_member_id`) REFERENCES `family_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_log_resident` ON `contact_log` (`resident_id`,`date`);--> statement-breakpoint
CREATE TABLE `family_members` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`relation_code` text NOT NULL,
	`full_name` text NOT NULL,
	`phone` text,
	`address` text,
	`contact_allowed` integer NOT NULL,
	`note` text,
	`linked_resident_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_members_resident` ON `family_members` (`resident_id`);--> statement-breakpoint
CREATE TABLE `progress_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`date` text NOT NULL,
	`domain_code` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text NOT NULL,
	`corrects_note_id` text,
	`created_at` text NOT NULL,
	`edited_at` text,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `progress_notes_resident` ON `progress_notes` (`resident_id`,`date`);--> statement-breakpoint
CREATE TABLE `resident_codes` (
	`resident_id` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`resident_id`, `kind`, `code`),
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `residents` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`surname` text NOT NULL,
	`first_name` text NOT NULL,
	`patronymic` text,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`birth_place` text,
	`citizenship` text,
	`fin` text,
	`birth_cert_series` text,
	`birth_cert_number` text,
	`legal_status_code` text NOT NULL,
	`disability_status` text DEFAULT 'none' NOT NULL,
	`disability_category_code` text,
	`diagnosis` text,
	`needs` text,
	`health_notes` text,
	`education_type_code` text,
	`school_name` text,
	`grade` integer,
	`photo_attachment_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "residents_sex_known" CHECK("residents"."sex" in ('male', 'female'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `residents_fin_unique` ON `residents` (`fin`) WHERE "residents"."fin" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `residents_birth_cert_unique` ON `residents` (`birth_cert_series`,`birth_cert_number`) WHERE "residents"."birth_cert_number" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `residents_birth_date` ON `residents` (`birth_date`);--> statement-breakpoint
CREATE TABLE `stay_reasons` (
	`stay_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`stay_id`, `code`),
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stays` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`admission_date` text NOT NULL,
	`basis_body_code` text NOT NULL,
	`basis_number` text,
	`basis_date` text,
	`referring_body_code` text,
	`source_code` text NOT NULL,
	`temporarily_absent` integer DEFAULT false NOT NULL,
	`absence_note` text,
	`exit_date` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stays_resident` ON `stays` (`resident_id`,`admission_date`);--> statement-breakpoint
CREATE INDEX `stays_exit_date` ON `stays` (`exit_date`);--> statement-breakpoint
ALTER TABLE `reference_items` ADD `meta` text DEFAULT '{}' NOT NULL;