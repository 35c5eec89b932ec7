// Types for the validator that scripts/gen-settings-validator.mjs writes next to this file at build time.
import type { ErrorObject } from 'ajv';

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
