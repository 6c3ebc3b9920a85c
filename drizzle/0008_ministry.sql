CREATE TABLE `imported_bundles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_code` text NOT NULL,
	`sequence` integer NOT NULL,
	`profile` text NOT NULL,
	`sha256` text NOT NULL,
	`manifest_sha256` text NOT NULL,
	`manifest` text NOT NULL,
	`created_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`warnings` text NOT NULL,
	FOREIGN KEY (`institution_code`) REFERENCES `registry_institutions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_bundles_sha256` ON `imported_bundles` (`sha256`);--> statement-breakpoint
CREATE UNIQUE INDEX `imported_bundles_sequence` ON `imported_bundles` (`institution_code`,`sequence`);--> statement-breakpoint
CREATE TABLE `imported_records` (
	`bundle_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`line` integer NOT NULL,
	`record` text NOT NULL,
	FOREIGN KEY (`bundle_id`) REFERENCES `imported_bundles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imported_records_bundle_table` ON `imported_records` (`bundle_id`,`table_name`);--> statement-breakpoint
CREATE TABLE `ministry_installation` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`recipient` text NOT NULL,
	`receipt_public_key` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "ministry_installation_single_row" CHECK("ministry_installation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `registry_institutions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text,
	`type_code` text,
	`enrolled_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registry_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`institution_code` text NOT NULL,
	`public_key_file` text NOT NULL,
	`added_at` text NOT NULL,
	`revoked_from` text,
	FOREIGN KEY (`institution_code`) REFERENCES `registry_institutions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registry_keys_institution` ON `registry_keys` (`institution_code`);