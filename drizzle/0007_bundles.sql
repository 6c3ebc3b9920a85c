CREATE TABLE `bundle_exports` (
	`sequence` integer PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`profile` text NOT NULL,
	`includes_secret` integer NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`manifest_sha256` text NOT NULL,
	`counts` text NOT NULL,
	`signing_key_id` text NOT NULL,
	`created_by` text,
	`receipt_status` text,
	`receipt_issued_at` text,
	`receipt_imported_at` text,
	`receipt_message` text,
	FOREIGN KEY (`signing_key_id`) REFERENCES `signing_keys`(`key_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bundle_exports_sequence_positive" CHECK("bundle_exports"."sequence" > 0)
);
--> statement-breakpoint
CREATE TABLE `bundle_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`pseudonym_key` blob NOT NULL,
	`ministry_recipient` text,
	`ministry_receipt_key` text,
	`ministry_set_at` text,
	`ministry_set_by` text,
	FOREIGN KEY (`ministry_set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bundle_settings_single_row" CHECK("bundle_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `signing_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`public_key` blob NOT NULL,
	`created_at` text NOT NULL
);
