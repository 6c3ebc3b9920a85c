CREATE TABLE `plan_indicator_targets` (
	`plan_id` text NOT NULL,
	`code` text NOT NULL,
	`value` real NOT NULL,
	`target_date` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`plan_id`, `code`),
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_manual_indicator_values` (
	`indicator_id` text NOT NULL,
	`month` text NOT NULL,
	`value` real NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`indicator_id`, `month`),
	FOREIGN KEY (`indicator_id`) REFERENCES `plan_manual_indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_manual_indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`name` text NOT NULL,
	`unit` text,
	`higher_is_better` integer,
	`baseline` real,
	`target_value` real,
	`target_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_manual_indicators_target" CHECK("plan_manual_indicators"."target_value" is not null or "plan_manual_indicators"."target_date" is null)
);
--> statement-breakpoint
CREATE INDEX `plan_manual_indicators_plan` ON `plan_manual_indicators` (`plan_id`);