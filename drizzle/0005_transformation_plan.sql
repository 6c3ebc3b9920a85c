CREATE TABLE `plan_action_dependencies` (
	`action_id` text NOT NULL,
	`depends_on_id` text NOT NULL,
	PRIMARY KEY(`action_id`, `depends_on_id`),
	FOREIGN KEY (`action_id`) REFERENCES `plan_phase_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`depends_on_id`) REFERENCES `plan_phase_actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_action_dependencies_on` ON `plan_action_dependencies` (`depends_on_id`);--> statement-breakpoint
CREATE TABLE `plan_budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`title` text NOT NULL,
	`planned_qepik` integer NOT NULL,
	`moved_qepik` integer DEFAULT 0 NOT NULL,
	`moved_date` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_budget_lines_amounts" CHECK("plan_budget_lines"."planned_qepik" >= 0 and "plan_budget_lines"."moved_qepik" >= 0 and "plan_budget_lines"."moved_qepik" <= "plan_budget_lines"."planned_qepik")
);
--> statement-breakpoint
CREATE INDEX `plan_budget_lines_plan` ON `plan_budget_lines` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_building_items` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`space` text NOT NULL,
	`current_use` text,
	`new_use` text NOT NULL,
	`status` text NOT NULL,
	`due_date` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_building_items_plan` ON `plan_building_items` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_evidence_blobs` (
	`file_id` text PRIMARY KEY NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `plan_evidence_files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_evidence_files` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`action_id` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`description` text,
	`uploaded_by` text,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `plan_phase_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_evidence_files_action` ON `plan_evidence_files` (`action_id`);--> statement-breakpoint
CREATE TABLE `plan_evidence_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`action_id` text NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`action_id`) REFERENCES `plan_phase_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_evidence_notes_action` ON `plan_evidence_notes` (`action_id`,`date`);--> statement-breakpoint
CREATE TABLE `plan_new_services` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`name` text NOT NULL,
	`service_type_code` text NOT NULL,
	`capacity` integer NOT NULL,
	`planned_opening_date` text,
	`opened_date` text,
	`opened_capacity` integer,
	`service_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_new_services_plan` ON `plan_new_services` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_phase_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`phase_id` text NOT NULL,
	`title` text NOT NULL,
	`owner` text,
	`start_date` text,
	`due_date` text,
	`milestone` integer DEFAULT false NOT NULL,
	`sort_order` integer NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`done_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`phase_id`) REFERENCES `plan_phases`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_phase_actions_progress" CHECK("plan_phase_actions"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE INDEX `plan_phase_actions_plan` ON `plan_phase_actions` (`plan_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `plan_phase_actions_due` ON `plan_phase_actions` (`due_date`);--> statement-breakpoint
CREATE TABLE `plan_phases` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`component_code` text,
	`custom_title` text,
	`sort_order` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_phases_plan` ON `plan_phases` (`plan_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `plan_revisions` (
	`plan_id` text NOT NULL,
	`number` integer NOT NULL,
	`approved_by` text,
	`approved_at` text NOT NULL,
	`snapshot` text NOT NULL,
	PRIMARY KEY(`plan_id`, `number`),
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_target_models` (
	`plan_id` text NOT NULL,
	`model_code` text NOT NULL,
	PRIMARY KEY(`plan_id`, `model_code`),
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `plan_trainings` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`person` text NOT NULL,
	`training` text NOT NULL,
	`new_role` text,
	`completed_date` text,
	`hours` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `transformation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_trainings_plan` ON `plan_trainings` (`plan_id`);--> statement-breakpoint
CREATE TABLE `transformation_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text NOT NULL,
	`baseline_as_of` text NOT NULL,
	`baseline` text NOT NULL,
	`staff_total` integer,
	`staff_care` integer,
	`staff_teachers` integer,
	`staff_medical` integer,
	`staff_other` integer,
	`budget_year` integer,
	`budget_annual_qepik` integer,
	`building_places` integer,
	`building_floor_area_m2` real,
	`building_count` integer,
	`building_condition` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`started_at` text,
	`completed_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transformation_plans_one_open` ON `transformation_plans` (("status" <> 'completed')) WHERE "transformation_plans"."status" <> 'completed';