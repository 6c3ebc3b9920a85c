PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`language` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`last_sign_in_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "users_role_known" CHECK("__new_users"."role" in ('director', 'staff', 'viewer', 'ministry_admin', 'analyst')),
	CONSTRAINT "users_language_known" CHECK("__new_users"."language" in ('az', 'ru', 'en'))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "login", "full_name", "role", "password_hash", "language", "active", "must_change_password", "failed_attempts", "locked_until", "last_sign_in_at", "created_at", "updated_at") SELECT "id", "login", "full_name", "role", "password_hash", "language", "active", "must_change_password", "failed_attempts", "locked_until", "last_sign_in_at", "created_at", "updated_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);