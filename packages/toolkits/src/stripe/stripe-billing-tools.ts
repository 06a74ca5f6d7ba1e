import type { JsonSchema, ToolDefinition } from '../toolkit/toolkit-types.ts';
import {
  amountSchema,
  currencySchema,
  idempotencyKeySchema,
  idempotencyParameters,
  LIST_NOTE,
  listParameters,
  listProperties,
  metadataSchema,
} from './stripe-schemas.ts';

const recurringSchema: JsonSchema = {
  type: 'object',
  description:
    'Makes the price a subscription price, e.g. {"interval": "month"} or {"interval": "year"}. Omit for a one-time price.',
  properties: {
    interval: { type: 'string', enum: ['day', 'week', 'month', 'year'] },
    interval_count: {
      type: 'integer',
      minimum: 1,
      description: 'Bill every N intervals, e.g. 3 with "month" for quarterly.',
    },
  },
  required: ['interval'],
  additionalProperties: false,
};

const invoiceIdSchema: JsonSchema = {
  type: 'string',
  pattern: '^in_',
  description: 'Invoice id, e.g. "in_1MtHbELkdIwHu7ixl4OzzPMv".',
};

const form = { bodyEncoding: 'form', parameters: idempotencyParameters } as const;

export const stripeCreateProduct: ToolDefinition = {
  slug: 'STRIPE_CREATE_PRODUCT',
  name: 'Create product',
  description:
    'Creates a Stripe product (something you sell), optionally with a default price in the same call via `default_price_data`. Returns the product with its `id` ("prod_...") and `default_price` ("price_...") when one was given.',
  inputSchema: {
    type: 'object',
    properties: {
      name: {
        type: 'string',
        minLength: 1,
        description: 'Product name shown to customers, e.g. "Pro plan".',
      },
      description: { type: 'string', description: 'Longer description shown to customers.' },
      default_price_data: {
        type: 'object',
        description:
          'Creates the default price: {"currency": "usd", "unit_amount": 2000} or add "recurring": {"interval": "month"}.',
        properties: {
          currency: currencySchema,
          unit_amount: amountSchema('Price'),
          recurring: recurringSchema,
        },
        required: ['currency', 'unit_amount'],
        additionalProperties: false,
      },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    required: ['name'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/products', ...form },
};

export const stripeCreatePrice: ToolDefinition = {
  slug: 'STRIPE_CREATE_PRICE',
  name: 'Create price',
  description:
    'Creates a price for an existing product: a one-time amount, or a subscription amount with `recurring`. Prices cannot change their amount later; create a new one instead. Returns the price with its `id` ("price_..."), used by payment links.',
  inputSchema: {
    type: 'object',
    properties: {
      product: { type: 'string', pattern: '^prod_', description: 'Product id, e.g. "prod_NWjs8kKbJWmuuc".' },
      currency: currencySchema,
      unit_amount: amountSchema('Price per unit'),
      recurring: recurringSchema,
      nickname: { type: 'string', description: 'Internal name, e.g. "Pro monthly".' },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    required: ['product', 'currency', 'unit_amount'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/prices', ...form },
};

export const stripeListPrices: ToolDefinition = {
  slug: 'STRIPE_LIST_PRICES',
  name: 'List prices',
  description: `Lists Stripe prices with their \`id\`, \`product\`, \`unit_amount\`, \`currency\` and \`recurring\`, optionally of one product or only active ones. ${LIST_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      product: { type: 'string', description: 'Only prices of this product id.' },
      active: { type: 'boolean', description: 'Only active (true) or archived (false) prices.' },
      ...listProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/prices', parameters: listParameters },
};

export const stripeCreatePaymentLink: ToolDefinition = {
  slug: 'STRIPE_CREATE_PAYMENT_LINK',
  name: 'Create payment link',
  description:
    'Creates a shareable Stripe payment link (a hosted checkout page) for one or more prices; find price ids with STRIPE_LIST_PRICES or create one with STRIPE_CREATE_PRICE. Returns the payment link with its `url` (https://buy.stripe.com/...) to send to the customer.',
  inputSchema: {
    type: 'object',
    properties: {
      line_items: {
        type: 'array',
        minItems: 1,
        maxItems: 20,
        description: 'What is sold, e.g. [{"price": "price_1MoC3TLkdIwHu7ixcIbKelAC", "quantity": 1}].',
        items: {
          type: 'object',
          properties: {
            price: { type: 'string', pattern: '^price_', description: 'Price id.' },
            quantity: { type: 'integer', minimum: 1, description: 'Quantity.' },
          },
          required: ['price', 'quantity'],
          additionalProperties: false,
        },
      },
      after_completion: {
        type: 'object',
        description:
          'Where to send the customer after paying, e.g. {"type": "redirect", "redirect": {"url": "https://example.com/thanks"}}.',
        properties: {
          type: { type: 'string', enum: ['redirect', 'hosted_confirmation'] },
          redirect: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
          hosted_confirmation: { type: 'object', properties: { custom_message: { type: 'string' } } },
        },
        required: ['type'],
      },
      allow_promotion_codes: { type: 'boolean', description: 'Let customers enter promotion codes.' },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    required: ['line_items'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/payment_links', ...form },
};

export const stripeCreateInvoice: ToolDefinition = {
  slug: 'STRIPE_CREATE_INVOICE',
  name: 'Create invoice',
  description:
    'Creates a draft invoice for a customer. Then add lines with STRIPE_CREATE_INVOICE_ITEM (passing this invoice id), finalize it with STRIPE_FINALIZE_INVOICE and email it with STRIPE_SEND_INVOICE. Use `collection_method: "send_invoice"` with `days_until_due` to have the customer pay by link; "charge_automatically" charges their saved payment method. Returns the invoice with its `id` ("in_...").',
  inputSchema: {
    type: 'object',
    properties: {
      customer: { type: 'string', pattern: '^cus_', description: 'Customer id.' },
      collection_method: {
        type: 'string',
        enum: ['send_invoice', 'charge_automatically'],
        description: 'How the invoice is paid. Default "charge_automatically".',
      },
      days_until_due: {
        type: 'integer',
        minimum: 0,
        description: 'Days the customer has to pay; required with "send_invoice", e.g. 30.',
      },
      description: { type: 'string', description: 'Memo shown on the invoice.' },
      currency: currencySchema,
      auto_advance: {
        type: 'boolean',
        description:
          'Let Stripe finalize and collect the invoice automatically about an hour after creation. Default false here: finalize it yourself.',
      },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    required: ['customer'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/invoices', ...form },
};

export const stripeCreateInvoiceItem: ToolDefinition = {
  slug: 'STRIPE_CREATE_INVOICE_ITEM',
  name: 'Create invoice item',
  description:
    "Adds a line to a draft invoice (give `invoice`) or, without `invoice`, to the customer's next invoice. Returns the invoice item.",
  inputSchema: {
    type: 'object',
    properties: {
      customer: { type: 'string', pattern: '^cus_', description: "Customer id (the invoice's customer)." },
      invoice: invoiceIdSchema,
      amount: {
        type: 'integer',
        description:
          'Line total in the smallest currency unit: cents for USD, so 15000 means $150.00. A negative amount is a discount line.',
      },
      currency: currencySchema,
      description: { type: 'string', description: 'Line text, e.g. "Consulting, March 2025 (10 h)".' },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    required: ['customer', 'amount', 'currency'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/invoiceitems', ...form },
};

export const stripeFinalizeInvoice: ToolDefinition = {
  slug: 'STRIPE_FINALIZE_INVOICE',
  name: 'Finalize invoice',
  description:
    'Finalizes a draft invoice so it can be paid: it gets its number, `hosted_invoice_url` and `invoice_pdf`, and can no longer be edited. Returns the invoice with `status: "open"`.',
  inputSchema: {
    type: 'object',
    properties: {
      invoice_id: invoiceIdSchema,
      auto_advance: { type: 'boolean', description: 'Let Stripe collect it automatically afterwards.' },
    },
    required: ['invoice_id'],
    additionalProperties: false,
  },
  tags: ['idempotentHint'],
  request: { method: 'POST', path: '/v1/invoices/{invoice_id}/finalize', bodyEncoding: 'form' },
};

export const stripeSendInvoice: ToolDefinition = {
  slug: 'STRIPE_SEND_INVOICE',
  name: 'Send invoice',
  description:
    'Emails a finalized invoice (collection_method "send_invoice") to the customer with a link to pay it. In test mode no email is sent. Returns the invoice.',
  inputSchema: {
    type: 'object',
    properties: { invoice_id: invoiceIdSchema },
    required: ['invoice_id'],
    additionalProperties: false,
  },
  request: { method: 'POST', path: '/v1/invoices/{invoice_id}/send', bodyEncoding: 'form' },
};

export const stripeListInvoices: ToolDefinition = {
  slug: 'STRIPE_LIST_INVOICES',
  name: 'List invoices',
  description: `Lists Stripe invoices with their \`id\`, \`number\`, \`status\`, \`amount_due\`, \`amount_paid\`, \`currency\`, \`customer\` and \`hosted_invoice_url\`, optionally of one customer or one status. ${LIST_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      customer: { type: 'string', description: 'Only invoices of this customer id.' },
      status: {
        type: 'string',
        enum: ['draft', 'open', 'paid', 'uncollectible', 'void'],
        description: 'Only invoices in this status ("open" means unpaid and finalized).',
      },
      ...listProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/invoices', parameters: listParameters },
};
