import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LITGPT_KEYS } from '../../src/frameworks-data/litgpt.js';

describe('LITGPT_KEYS', () => {
  it('is the list of top-level properties of the shipped LitGPT schema, which refuses any other', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../../schemas/litgpt.schema.json', import.meta.url), 'utf8')) as { properties: object; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect([...LITGPT_KEYS].sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
