import type { JsonSchema, ToolDefinition } from '../toolkit/toolkit-types.ts';
import {
  idempotencyKeySchema,
  idempotencyParameters,
  LIST_NOTE,
  listParameters,
  listProperties,
  metadataSchema,
} from './stripe-schemas.ts';

const customerIdSchema: JsonSchema = {
  type: 'string',
  pattern: '^cus_',
  description: 'Customer id, e.g. "cus_NffrFeUfNV2Hib".',
};

const customerFields: Record<string, JsonSchema> = {
  email: { type: 'string', description: 'Email address, e.g. "jenny.rosen@example.com".' },
  name: { type: 'string', description: 'Full name or business name, e.g. "Jenny Rosen".' },
  phone: { type: 'string', description: 'Phone number, e.g. "+14155550123".' },
  description: { type: 'string', description: 'Internal note shown in the Stripe Dashboard.' },
  address: {
    type: 'object',
    description:
      'Billing address, e.g. {"line1": "510 Townsend St", "city": "San Francisco", "postal_code": "94103", "state": "CA", "country": "US"}.',
    properties: {
      line1: { type: 'string' },
      line2: { type: 'string' },
      city: { type: 'string' },
      state: { type: 'string' },
      postal_code: { type: 'string' },
      country: { type: 'string', description: 'Two-letter country code, e.g. "US".' },
    },
    additionalProperties: false,
  },
  metadata: metadataSchema,
};

export const stripeListCustomers: ToolDefinition = {
  slug: 'STRIPE_LIST_CUSTOMERS',
  name: 'List customers',
  description: `Lists Stripe customers, newest first, optionally only those with an exact email address. ${LIST_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      email: { type: 'string', description: 'Only customers with exactly this email (case-sensitive).' },
      ...listProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/customers', parameters: listParameters },
};

export const stripeSearchCustomers: ToolDefinition = {
  slug: 'STRIPE_SEARCH_CUSTOMERS',
  name: 'Search customers',
  description:
    'Searches Stripe customers with Stripe\'s search query language, e.g. `email~"jenny"` (contains), `name:"Jenny Rosen"`, `metadata["order_id"]:"6735"`, combined with AND / OR. Returns `data`, `has_more` and `next_page` (pass it as `page`). Newly created customers can take about a minute to become searchable.',
  inputSchema: {
    type: 'object',
    properties: {
      query: {
        type: 'string',
        minLength: 1,
        description: 'Search query, e.g. email~"example.com" AND name:"Jenny".',
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'How many to return, 1 to 100. Default 10.',
      },
      page: { type: 'string', description: 'The `next_page` value of the previous response.' },
    },
    required: ['query'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/customers/search' },
};

export const stripeCreateCustomer: ToolDefinition = {
  slug: 'STRIPE_CREATE_CUSTOMER',
  name: 'Create customer',
  description:
    'Creates a Stripe customer, the record that invoices, payments and subscriptions attach to. Check first with STRIPE_LIST_CUSTOMERS (by email) to avoid duplicates. Returns the customer object with its `id` ("cus_...").',
  inputSchema: {
    type: 'object',
    properties: { ...customerFields, idempotency_key: idempotencyKeySchema },
    additionalProperties: false,
  },
  request: {
    method: 'POST',
    path: '/v1/customers',
    bodyEncoding: 'form',
    parameters: idempotencyParameters,
  },
};

export const stripeRetrieveCustomer: ToolDefinition = {
  slug: 'STRIPE_RETRIEVE_CUSTOMER',
  name: 'Retrieve customer',
  description:
    'Retrieves one Stripe customer by id: email, name, address, `balance`, `currency`, `delinquent`, `metadata`. A deleted customer comes back with `deleted: true`.',
  inputSchema: {
    type: 'object',
    properties: { customer_id: customerIdSchema },
    required: ['customer_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/customers/{customer_id}' },
};

export const stripeUpdateCustomer: ToolDefinition = {
  slug: 'STRIPE_UPDATE_CUSTOMER',
  name: 'Update customer',
  description:
    'Updates a Stripe customer: only the fields you pass change (metadata keys merge; set one to "" to remove it). Returns the updated customer.',
  inputSchema: {
    type: 'object',
    properties: { customer_id: customerIdSchema, ...customerFields },
    required: ['customer_id'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  request: { method: 'POST', path: '/v1/customers/{customer_id}', bodyEncoding: 'form' },
};
