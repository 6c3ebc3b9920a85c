export { institution } from './institution';
export { referenceItems } from './reference';
export { users } from './users';
