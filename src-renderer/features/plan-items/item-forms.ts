import { calendarDateSchema } from '@contract/dates';
import type { buildingItemStatuses } from '@contract/transformation';
import { buildingItemFieldsSchema, newServiceFieldsSchema, trainingFieldsSchema } from '@contract/transformation';
import { z } from 'zod';

import type { PlanBuildingItem, PlanNewService, PlanTraining } from './plan-items';
import { fieldsUnder } from './plan-items';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is string => typeof value === 'string' && CALENDAR_DATE.test(value);

/** The core's rule, shown before sending: something that happened is not dated after `today`. */
function notAfter(today: string) {
  return (value: unknown) => !isDay(value) || value <= today;
}

/** What the new service inputs hold: text as typed, no type chosen yet as null, capacity '' when empty. */
export type NewServiceValues = { name: string; serviceTypeCode: string | null; capacity: number | ''; plannedOpeningDate: string };
export const NEW_SERVICE_FIELDS = ['name', 'serviceTypeCode', 'capacity', 'plannedOpeningDate'] as const;
export const newServiceFieldOf = fieldsUnder('service.', NEW_SERVICE_FIELDS);
export const newServiceFormSchema = newServiceFieldsSchema;

export function newServiceValuesOf(service: PlanNewService | null): NewServiceValues {
  return service === null
    ? { name: '', serviceTypeCode: null, capacity: '', plannedOpeningDate: '' }
    : { name: service.name, serviceTypeCode: service.serviceTypeCode, capacity: service.capacity, plannedOpeningDate: service.plannedOpeningDate ?? '' };
}

/** An empty capacity is missing, and the contract says so. */
export function newServiceInputOf(values: NewServiceValues) {
  return { ...values, capacity: values.capacity === '' ? undefined : values.capacity };
}

/** Opening a planned service: the day, and either a register entry to link or a new one to create. */
export type OpenServiceValues = { openedDate: string; link: 'existing' | 'create'; serviceId: string | null };
export const OPEN_SERVICE_FIELDS = ['openedDate', 'serviceId'] as const;
export const openServiceFieldOf = fieldsUnder('', OPEN_SERVICE_FIELDS);

/** The opening day is not in the future; linking needs the entry chosen. */
export function openServiceFormSchema(today: string) {
  return z
    .strictObject({
      openedDate: calendarDateSchema.refine(notAfter(today), 'validation.dateInFuture'),
      link: z.enum(['existing', 'create']),
      serviceId: z.string().nullable(),
    })
    .superRefine((values, ctx) => {
      if (values.link === 'existing' && values.serviceId === null) {
        ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'validation.unknownService' });
      }
    });
}

/** What a staff member's retraining inputs hold; hours '' when empty. */
export type TrainingValues = { person: string; training: string; newRole: string; completedDate: string; hours: number | '' };
export const TRAINING_FIELDS = ['person', 'training', 'newRole', 'completedDate', 'hours'] as const;
export const trainingFieldOf = fieldsUnder('training.', TRAINING_FIELDS);

/** The contract's training with the core's rule that a completion is not dated in the future. */
export function trainingFormSchema(today: string) {
  return trainingFieldsSchema.superRefine(
    (training, ctx) => {
      if (!notAfter(today)((training as { completedDate: unknown }).completedDate)) {
        ctx.addIssue({ code: 'custom', path: ['completedDate'], message: 'validation.dateInFuture' });
      }
    },
    { when: () => true },
  );
}

export function trainingValuesOf(training: PlanTraining | null): TrainingValues {
  return training === null
    ? { person: '', training: '', newRole: '', completedDate: '', hours: '' }
    : {
        person: training.person,
        training: training.training,
        newRole: training.newRole ?? '',
        completedDate: training.completedDate ?? '',
        hours: training.hours ?? '',
      };
}

/** Hours left empty are not recorded yet. */
export function trainingInputOf(values: TrainingValues) {
  return { ...values, hours: values.hours === '' ? null : values.hours };
}

export type BuildingItemStatus = (typeof buildingItemStatuses)[number];
export type BuildingItemValues = { space: string; currentUse: string; newUse: string; status: BuildingItemStatus; dueDate: string };
export const BUILDING_ITEM_FIELDS = ['space', 'currentUse', 'newUse', 'status', 'dueDate'] as const;
export const buildingItemFieldOf = fieldsUnder('item.', BUILDING_ITEM_FIELDS);
export const buildingItemFormSchema = buildingItemFieldsSchema;

/** A new item is planned. */
export function buildingItemValuesOf(item: PlanBuildingItem | null): BuildingItemValues {
  return item === null
    ? { space: '', currentUse: '', newUse: '', status: 'planned', dueDate: '' }
    : { space: item.space, currentUse: item.currentUse ?? '', newUse: item.newUse, status: item.status, dueDate: item.dueDate ?? '' };
}
