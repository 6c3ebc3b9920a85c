import type { ProcedureName } from '@contract/procedures';
import type { Service } from '@contract/services-register';
import { serviceInputSchema } from '@contract/services-register';

/** What a change to a service makes stale: the register, and the audit trail that recorded it. */
export const SERVICE_CHANGE_REFRESH = ['services.list', 'audit.list'] as const satisfies readonly ProcedureName[];

/** A service's own rules are the contract's. */
export const serviceFormSchema = serviceInputSchema;

/** What the service inputs hold: text as typed, codes not chosen yet as null, capacity '' when empty. */
export type ServiceFormValues = {
  name: string;
  typeCode: string | null;
  regionCode: string | null;
  address: string;
  phone: string;
  capacity: number | '';
  active: boolean;
  note: string;
};

/** A new service is active: it is added to be used. */
export const emptyServiceValues: ServiceFormValues = {
  name: '',
  typeCode: null,
  regionCode: null,
  address: '',
  phone: '',
  capacity: '',
  active: true,
  note: '',
};

/** The inputs filled from a listed service. */
export function serviceValuesOf(service: Service): ServiceFormValues {
  return {
    name: service.name,
    typeCode: service.typeCode,
    regionCode: service.regionCode,
    address: service.address ?? '',
    phone: service.phone ?? '',
    capacity: service.capacity,
    active: service.active,
    note: service.note ?? '',
  };
}

/** The contract input of the inputs: an empty capacity is missing, and the schema says so. */
export function serviceInputOf(values: ServiceFormValues) {
  return { ...values, capacity: values.capacity === '' ? undefined : values.capacity };
}

/** A server issue under `service.` is the field of the same name; `id` is not an input. */
export function serviceFieldOf(path: string): string | null {
  return path.startsWith('service.') ? (path.slice('service.'.length).split('.')[0] ?? null) : null;
}

/** No place left: the children accepted or attending fill the capacity (or more). */
export function isFull(service: Pick<Service, 'load' | 'capacity'>): boolean {
  return service.load >= service.capacity;
}

/** How full a service is, in per cent for a progress bar (never past 100). */
export function loadPercent(service: Pick<Service, 'load' | 'capacity'>): number {
  return service.capacity <= 0 ? 100 : Math.min(100, Math.round((service.load / service.capacity) * 100));
}
