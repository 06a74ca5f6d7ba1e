import type { Tag } from '@toolrouter/toolkits';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ManageConnectionsConfig,
  MetaToolsConfig,
  MultiAccountConfig,
  SessionConfig,
  SessionPreset,
} from './session-config.ts';
import type { SESSION_CONFIG_SCHEMA } from './session-config-schema.ts';

type Properties = (typeof SESSION_CONFIG_SCHEMA)['properties'];

describe('SESSION_CONFIG_SCHEMA and the SessionConfig type', () => {
  it('have the same keys, at the top and in every nested object', () => {
    expectTypeOf<keyof Properties>().toEqualTypeOf<keyof SessionConfig>();
    expectTypeOf<keyof Properties['multiAccount']['properties']>().toEqualTypeOf<keyof MultiAccountConfig>();
    expectTypeOf<keyof Properties['metaTools']['properties']>().toEqualTypeOf<keyof MetaToolsConfig>();
    expectTypeOf<keyof Properties['manageConnections']['else']['properties']>().toEqualTypeOf<
      keyof ManageConnectionsConfig
    >();
    expectTypeOf<keyof Properties['preload']['properties']>().toEqualTypeOf<
      keyof NonNullable<SessionConfig['preload']>
    >();
  });

  it('list the same enum values', () => {
    expectTypeOf<Properties['sessionPreset']['enum'][number]>().toEqualTypeOf<SessionPreset>();
    expectTypeOf<Properties['tags']['then']['items']['enum'][number]>().toEqualTypeOf<Tag>();
  });
});
