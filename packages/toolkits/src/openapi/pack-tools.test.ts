import { describe, expect, it } from 'vitest';
import { importOpenAPI } from './import-openapi.ts';
import { packTools } from './pack-tools.ts';
import { trackerApi30 } from './test-support/tracker-api-3-0.ts';
import { unpackTools } from './unpack-tools.ts';

const headers = { 'x-api-version': '3' };
const { toolkit } = importOpenAPI(trackerApi30, { slug: 'tracker', name: 'Tracker', headers });

describe('packTools / unpackTools', () => {
  it('round-trips imported tools exactly', () => {
    const packed = JSON.parse(JSON.stringify(packTools(toolkit.tools, { source: 'tracker 1.0.0', headers })));
    expect(unpackTools(packed)).toEqual(toolkit.tools);
  });

  it('stores each distinct property schema and the shared headers once', () => {
    const packed = packTools(toolkit.tools, { source: 'tracker 1.0.0', headers });
    const owner = JSON.stringify({ type: 'string', description: 'Project owner.' });
    expect(packed.schemas.filter((schema) => JSON.stringify(schema) === owner)).toHaveLength(1);
    expect(packed.headers).toEqual(headers);
    expect(packed.tools.every((tool) => tool[7]?.headers === undefined)).toBe(true);
  });

  it('keeps per-tool headers and tags that differ from the defaults', () => {
    const [first, ...rest] = toolkit.tools;
    if (!first?.request) throw new Error('expected an HTTP tool');
    const odd = { ...first, tags: [], request: { ...first.request, headers: { 'x-other': '1' } } };
    const tools = [odd, ...rest];
    const packed = packTools(tools, { source: 'tracker', headers });
    expect(packed.tools[0]?.[7]).toMatchObject({ headers: { 'x-other': '1' }, tags: [] });
    const [unpacked] = unpackTools(packed);
    expect(unpacked?.request?.headers).toEqual({ 'x-other': '1' });
    expect(unpacked?.tags).toBeUndefined();
  });

  it('refuses handler tools and unknown formats', () => {
    const handlerTool = {
      slug: 'X_Y',
      name: 'Y',
      description: 'y',
      inputSchema: { type: 'object' },
      handler: async () => 1,
    };
    expect(() => packTools([handlerTool], { source: 's' })).toThrow(/HTTP tools only/);
    expect(() => unpackTools({ format: 2 } as never)).toThrow(/format 1/);
  });
});
