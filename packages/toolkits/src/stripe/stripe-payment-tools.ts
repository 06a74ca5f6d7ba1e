import type { ToolDefinition } from '../toolkit/toolkit-types.ts';
import {
  amountSchema,
  idempotencyKeySchema,
  idempotencyParameters,
  LIST_NOTE,
  listParameters,
  listProperties,
  metadataSchema,
} from './stripe-schemas.ts';

export const stripeListCharges: ToolDefinition = {
  slug: 'STRIPE_LIST_CHARGES',
  name: 'List charges',
  description: `Lists Stripe charges (individual card or bank payments) with \`amount\`, \`amount_refunded\`, \`currency\`, \`status\`, \`paid\`, \`refunded\`, \`customer\`, \`payment_intent\` and \`receipt_url\`. ${LIST_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      customer: { type: 'string', description: 'Only charges of this customer id.' },
      payment_intent: { type: 'string', description: 'Only charges of this PaymentIntent id.' },
      ...listProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/charges', parameters: listParameters },
};

export const stripeListPaymentIntents: ToolDefinition = {
  slug: 'STRIPE_LIST_PAYMENT_INTENTS',
  name: 'List payment intents',
  description: `Lists Stripe PaymentIntents (one per checkout or payment attempt) with \`amount\`, \`amount_received\`, \`currency\`, \`status\` (succeeded, requires_payment_method, processing, canceled, ...), \`customer\` and \`latest_charge\`. ${LIST_NOTE}`,
  inputSchema: {
    type: 'object',
    properties: {
      customer: { type: 'string', description: 'Only PaymentIntents of this customer id.' },
      ...listProperties,
    },
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/payment_intents', parameters: listParameters },
};

export const stripeRetrievePaymentIntent: ToolDefinition = {
  slug: 'STRIPE_RETRIEVE_PAYMENT_INTENT',
  name: 'Retrieve payment intent',
  description:
    'Retrieves one PaymentIntent by id: `amount`, `amount_received`, `currency`, `status`, `customer`, `latest_charge`, `last_payment_error` (why a payment failed) and `metadata`.',
  inputSchema: {
    type: 'object',
    properties: {
      payment_intent_id: {
        type: 'string',
        pattern: '^pi_',
        description: 'PaymentIntent id, e.g. "pi_3MtwBwLkdIwHu7ix28a3tqPa".',
      },
    },
    required: ['payment_intent_id'],
    additionalProperties: false,
  },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/payment_intents/{payment_intent_id}' },
};

export const stripeRetrieveBalance: ToolDefinition = {
  slug: 'STRIPE_RETRIEVE_BALANCE',
  name: 'Retrieve balance',
  description:
    'Returns the Stripe account balance: `available` (can be paid out now) and `pending` (not yet settled), each a list of { amount (smallest currency unit), currency }, plus `livemode`.',
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  tags: ['readOnlyHint', 'idempotentHint'],
  request: { method: 'GET', path: '/v1/balance' },
};

export const stripeCreateRefund: ToolDefinition = {
  slug: 'STRIPE_CREATE_REFUND',
  name: 'Create refund',
  description:
    'Refunds a payment, fully or partly: give the `payment_intent` (preferred) or the `charge`, and an `amount` for a partial refund. Money goes back to the customer\'s original payment method and cannot be undone. Returns the refund with its `id` ("re_...") and `status`.',
  inputSchema: {
    type: 'object',
    properties: {
      payment_intent: { type: 'string', pattern: '^pi_', description: 'PaymentIntent id to refund.' },
      charge: {
        type: 'string',
        pattern: '^(ch|py)_',
        description: 'Charge id to refund, when there is no PaymentIntent.',
      },
      amount: amountSchema('Amount to refund (default: everything not yet refunded)'),
      reason: {
        type: 'string',
        enum: ['duplicate', 'fraudulent', 'requested_by_customer'],
        description: 'Why the payment is refunded.',
      },
      metadata: metadataSchema,
      idempotency_key: idempotencyKeySchema,
    },
    additionalProperties: false,
  },
  tags: ['destructiveHint'],
  request: { method: 'POST', path: '/v1/refunds', bodyEncoding: 'form', parameters: idempotencyParameters },
};
