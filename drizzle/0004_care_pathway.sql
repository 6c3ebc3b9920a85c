CREATE TABLE `assessment_scores` (
	`assessment_id` text NOT NULL,
	`domain_code` text NOT NULL,
	`score` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`assessment_id`, `domain_code`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`date` text NOT NULL,
	`summary` text,
	`assessor_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_resident` ON `assessments` (`resident_id`,`date`);--> statement-breakpoint
CREATE TABLE `care_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`stay_id` text NOT NULL,
	`next_review_date` text,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_plans_stay_id_unique` ON `care_plans` (`stay_id`);--> statement-breakpoint
CREATE INDEX `care_plans_resident` ON `care_plans` (`resident_id`);--> statement-breakpoint
CREATE TABLE `follow_up_visits` (
	`id` text PRIMARY KEY NOT NULL,
	`placement_id` text NOT NULL,
	`resident_id` text NOT NULL,
	`due_date` text NOT NULL,
	`visit_date` text,
	`visitor` text,
	`outcome` text,
	`notes` text,
	`recorded_by` text,
	`recorded_at` text,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_visits_placement` ON `follow_up_visits` (`placement_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_up_visits_due` ON `follow_up_visits` (`due_date`);--> statement-breakpoint
CREATE TABLE `gatekeeping_reasons` (
	`request_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`request_id`, `code`),
	FOREIGN KEY (`request_id`) REFERENCES `gatekeeping_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `gatekeeping_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`received_date` text NOT NULL,
	`child_surname` text NOT NULL,
	`child_first_name` text NOT NULL,
	`child_patronymic` text,
	`child_sex` text NOT NULL,
	`child_birth_date` text,
	`requester_code` text NOT NULL,
	`requester_name` text,
	`assessment_summary` text,
	`commission_involved` integer NOT NULL,
	`decision` text NOT NULL,
	`decision_date` text,
	`decision_note` text,
	`resident_id` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gatekeeping_received` ON `gatekeeping_requests` (`received_date`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`stay_id` text NOT NULL,
	`type_code` text NOT NULL,
	`start_date` text NOT NULL,
	`decision_body_code` text NOT NULL,
	`decision_number` text,
	`decision_date` text,
	`destination_kind` text NOT NULL,
	`destination_name` text,
	`destination_phone` text,
	`destination_address` text,
	`note` text,
	`ended_date` text,
	`end_reason` text,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_resident` ON `placements` (`resident_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `plan_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`text` text NOT NULL,
	`owner_name` text,
	`due_date` text,
	`done_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `plan_goals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_actions_goal` ON `plan_actions` (`goal_id`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`domain_code` text NOT NULL,
	`text` text NOT NULL,
	`target_date` text,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `care_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_goals_plan` ON `plan_goals` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`date` text NOT NULL,
	`participants` text NOT NULL,
	`decisions` text NOT NULL,
	`next_review_date` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `care_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_reviews_plan` ON `plan_reviews` (`plan_id`,`date`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`resident_id` text NOT NULL,
	`service_id` text NOT NULL,
	`status` text NOT NULL,
	`requested_date` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_resident` ON `referrals` (`resident_id`);--> statement-breakpoint
CREATE INDEX `referrals_service` ON `referrals` (`service_id`,`status`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type_code` text NOT NULL,
	`region_code` text,
	`address` text,
	`phone` text,
	`capacity` integer NOT NULL,
	`active` integer NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `residents` ADD `secret` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stays` ADD `exit_type_code` text;