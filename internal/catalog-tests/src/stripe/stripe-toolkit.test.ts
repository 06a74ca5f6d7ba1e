import { validateToolkit } from '@toolrouter/toolkits';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { stripe } from '../../../../packages/toolkits/src/stripe/stripe-toolkit.ts';

describe('stripe toolkit definition', () => {
  it('passes validateToolkit and names its tools after the toolkit', () => {
    expect(() => validateToolkit(stripe)).not.toThrow();
    expect(stripe.tools.length).toBeGreaterThanOrEqual(6);
    for (const tool of stripe.tools) {
      expect(tool.slug.startsWith('STRIPE_')).toBe(true);
      expect(tool.description.length).toBeGreaterThan(60);
    }
  });

  it.each(stripe.tools.map((tool) => [tool.slug, tool] as const))(
    '%s has an input schema Ajv compiles',
    (_slug, tool) => {
      const ajv = new Ajv2020({ strict: false, logger: false });
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
    },
  );

  it('marks reads as read-only and refunds as destructive', () => {
    const tags = Object.fromEntries(stripe.tools.map((tool) => [tool.slug, tool.tags ?? []]));
    for (const slug of [
      'STRIPE_LIST_CUSTOMERS',
      'STRIPE_SEARCH_CUSTOMERS',
      'STRIPE_RETRIEVE_CUSTOMER',
      'STRIPE_LIST_PRICES',
      'STRIPE_LIST_INVOICES',
      'STRIPE_LIST_CHARGES',
      'STRIPE_LIST_PAYMENT_INTENTS',
      'STRIPE_RETRIEVE_PAYMENT_INTENT',
      'STRIPE_RETRIEVE_BALANCE',
    ])
      expect(tags[slug]).toContain('readOnlyHint');
    expect(tags.STRIPE_CREATE_CUSTOMER).not.toContain('readOnlyHint');
    expect(tags.STRIPE_CREATE_PAYMENT_LINK).not.toContain('readOnlyHint');
    expect(tags.STRIPE_CREATE_INVOICE).not.toContain('readOnlyHint');
    expect(tags.STRIPE_CREATE_REFUND).not.toContain('readOnlyHint');
    expect(tags.STRIPE_CREATE_REFUND).toContain('destructiveHint');
  });
});
