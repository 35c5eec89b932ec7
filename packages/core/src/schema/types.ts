/**
 * The small interface between core and whatever validates JSON Schemas. Core never loads a schema
 * or a validator library itself (no file system, no heavy dependencies): a front-end hands the
 * engine a `SchemaLoader`, and the `schema-validation` rule asks it for compiled validators only
 * when a file's framework or a settings mapping calls for a schema. The shapes below are the
 * subset of ajv's that the rule reads, so an ajv `ValidateFunction` fits without conversion.
 */

/** One validation error, as ajv reports it (`allErrors: true, verbose: true`). */
export interface SchemaError {
  /** The keyword that failed: `type`, `enum`, `additionalProperties`, `required`, `anyOf`, … */
  readonly keyword: string;
  /** JSON pointer of the value at fault (`""` for the document). */
  readonly instancePath: string;
  /** Where the keyword is in the schema (`#/properties/lr/type`). */
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The validator's own message (`must be number`), used when mlconfig has no better one. */
  readonly message?: string;
  /** The schema object holding the keyword, for descriptions and "did you mean" candidates. */
  readonly parentSchema?: unknown;
}

/** A compiled schema. */
export interface SchemaValidator {
  /** How messages name the schema: its `title`, else its file name. */
  readonly name: string;
  /** Where it came from, for explanations (`schemas/deepspeed.schema.json`, `configs/run.schema.json`). */
  readonly source: string;
  /** True for the schemas that ship with mlconfig (chosen by framework detection or `mlconfig:<name>`). */
  readonly builtin: boolean;
  /** Errors for `data`; an empty list when it is valid. Must not throw. */
  validate(data: unknown): readonly SchemaError[];
}

export type SchemaLoadResult =
  | { readonly validator: SchemaValidator; readonly problem?: undefined }
  | { readonly validator?: undefined; readonly problem: string };

/**
 * Compiles (or returns the cached) validator for a schema reference: `mlconfig:<name>` for a
 * built-in schema, otherwise a path as written in the settings (relative to the settings file).
 * Failures come back as a sentence naming the file and, for an invalid schema, the JSON pointer.
 */
export type SchemaLoader = (ref: string) => SchemaLoadResult;

/** What the `schema-validation` rule sees of schemas for the file being linted. */
export interface FileSchemas {
  /** Schema references the settings map to this file (`schemas: [{ files, schema }]`), in order. */
  readonly mapped: readonly string[];
  readonly load: SchemaLoader;
}
