CREATE TABLE `institution` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type_code` text NOT NULL,
	`region_code` text NOT NULL,
	`address` text,
	`capacity` integer,
	`phone` text,
	`director_name` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "institution_single_row" CHECK("institution"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `reference_items` (
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`label_az` text NOT NULL,
	`label_ru` text NOT NULL,
	`label_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	`retired_at` text,
	PRIMARY KEY(`kind`, `code`),
	CONSTRAINT "reference_code_format" CHECK("reference_items"."code" <> '' and "reference_items"."code" = lower("reference_items"."code"))
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`language` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "users_role_known" CHECK("users"."role" in ('director', 'staff', 'viewer')),
	CONSTRAINT "users_language_known" CHECK("users"."language" in ('az', 'ru', 'en'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);