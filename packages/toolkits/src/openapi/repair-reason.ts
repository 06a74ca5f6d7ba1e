/**
 * Why the importer changed what the document says. `ImportOpenAPIReport.repairs` counts, per reason,
 * the tools that needed it.
 */
export type RepairReason =
  /** `allOf` parts flattened into one object schema. */
  | 'all-of-merged'
  /** An array schema without `items` got `items: {}` (function-calling APIs require it). */
  | 'array-items-added'
  /** A JSON request body's alternative shapes (`oneOf`/`anyOf`) merged into one set of fields. */
  | 'body-variants-flattened'
  /** Non-object alternatives of a request body dropped in favour of the object ones. */
  | 'body-variants-dropped'
  /** A cookie parameter left out: tools cannot set cookies. */
  | 'cookie-parameter-dropped'
  /**
   * A `default` turned into a sentence of the description: it is what the server assumes, and a
   * validator that fills defaults in would send it (and reset fields on a PATCH).
   */
  | 'default-moved-to-description'
  /**
   * A query array sent as one delimited value (`explode: false`, e.g. `ids=a,b`) turned into a text
   * field for that value: tools send query arrays as repeated parameters (`ids=a&ids=b`).
   */
  | 'delimited-array-to-text'
  /** OpenAPI 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` turned into the numeric form. */
  | 'exclusive-bound-converted'
  /** A `$ref` to another file or URL replaced by an empty schema. */
  | 'external-ref-dropped'
  /** An input field renamed because another location already used its name (`body_name`). */
  | 'field-renamed'
  /** A `format` other than `date-time` removed (Gemini refuses the others; Ajv does not know OpenAPI's). */
  | 'format-removed'
  /** A keyword with a value of the wrong shape removed or corrected (bad type name, duplicate enum value). */
  | 'invalid-keyword-removed'
  /** A parameter without a name or a known location left out. */
  | 'invalid-parameter-dropped'
  /** A `pattern` that is not a valid ECMAScript regular expression removed. */
  | 'invalid-pattern-removed'
  /** OpenAPI 3.0 `nullable: true` turned into a JSON Schema type list or `anyOf` with `null`. */
  | 'nullable-converted'
  /** `oneOf` relaxed to `anyOf` (models and validators handle overlapping alternatives better). */
  | 'one-of-to-any-of'
  /** `discriminator`, `xml`, `externalDocs`, `example`, `readOnly` or `writeOnly` removed. */
  | 'openapi-keyword-removed'
  /** A placeholder in the path that no parameter declared, added as a required string field. */
  | 'path-parameter-added'
  /** A path parameter not marked required, made required (path parameters always are). */
  | 'path-parameter-required'
  /** A request body property marked `readOnly` left out (the server ignores it). */
  | 'read-only-property-removed'
  /** A self-referencing `$ref` cut into a plain object schema. */
  | 'recursive-ref-cut'
  /** Duplicate names removed from `required`. */
  | 'required-deduplicated'
  /** An `Accept`, `Content-Type` or `Authorization` header parameter left out (OpenAPI ignores them). */
  | 'reserved-header-dropped'
  /** A missing `type` inferred from `properties`, `items` or `enum` values. */
  | 'type-inferred'
  /** A `$ref` that points nowhere replaced by an empty schema. */
  | 'unresolved-ref-dropped'
  /** A path parameter that the path does not use left out. */
  | 'unused-path-parameter-dropped'
  /** A JSON Schema keyword function-calling APIs do not accept removed (`patternProperties`, `if`, ...). */
  | 'unsupported-keyword-removed'
  /** An `x-` vendor extension removed. */
  | 'vendor-extension-removed';
