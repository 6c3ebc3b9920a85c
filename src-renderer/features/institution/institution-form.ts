import type { InstitutionProfile, InstitutionProfileInput } from '@contract/institution';

/** What the profile inputs hold: text as typed, codes not yet chosen as null, capacity '' when empty. */
export type InstitutionFormValues = {
  code: string;
  name: string;
  typeCode: string | null;
  regionCode: string | null;
  address: string;
  capacity: number | '';
  phone: string;
  directorName: string;
};

/** Empty profile inputs, for the wizard. */
export const emptyInstitutionValues: InstitutionFormValues = {
  code: '',
  name: '',
  typeCode: null,
  regionCode: null,
  address: '',
  capacity: '',
  phone: '',
  directorName: '',
};

/** Inputs filled from a stored profile, for settings. */
export function institutionValuesOf(profile: InstitutionProfile): InstitutionFormValues {
  return {
    code: profile.code,
    name: profile.name,
    typeCode: profile.typeCode,
    regionCode: profile.regionCode,
    address: profile.address ?? '',
    capacity: profile.capacity ?? '',
    phone: profile.phone ?? '',
    directorName: profile.directorName ?? '',
  };
}

/** The contract input for the profile inputs. */
export function institutionInputOf(values: InstitutionFormValues): InstitutionProfileInput {
  return {
    code: values.code,
    name: values.name,
    typeCode: values.typeCode ?? '',
    regionCode: values.regionCode ?? '',
    address: values.address,
    capacity: values.capacity === '' ? null : values.capacity,
    phone: values.phone,
    directorName: values.directorName,
  };
}
