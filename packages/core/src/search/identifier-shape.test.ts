import { describe, expect, it } from 'vitest';
import { identifierShapes } from './identifier-shape.ts';

describe('identifierShapes', () => {
  it('names the shape of each kind of id, once', () => {
    expect(identifierShapes('close TEAM-88 and TEAM-90')).toEqual(['id:issue-key']);
    expect(identifierShapes('refund ch_9QwErTy12 for cus_Zz81bQmK')).toEqual([
      'id:prefix-ch',
      'id:prefix-cus',
    ]);
    expect(identifierShapes('page 0c3e4f1a-77b2-4d1e-9a0b-5f6e7d8c9b0a')).toEqual(['id:uuid']);
    expect(identifierShapes('mail 18fe91c0aa3b2d55')).toEqual(['id:hex']);
    expect(identifierShapes('commit 9fceb02d0ae598e95dc970b74767f19372d61af8')).toEqual(['id:hex-40']);
    expect(identifierShapes('user W09XYZ8812')).toEqual(['id:upper-id']);
    expect(identifierShapes('post 1718300000.100200')).toEqual(['id:timestamp-id']);
    expect(identifierShapes('invite kim@example.org')).toEqual(['id:email-address']);
    expect(identifierShapes('folder 1QzXvB7nMkP2rTyW9aLs')).toEqual(['id:mixed-case-id']);
  });

  it('finds no id in standards, names, words or plain numbers', () => {
    expect(identifierShapes('UTF-8 text hashed with SHA-256 per BCP-47')).toEqual([]);
    expect(identifierShapes('CVE-2024-3094 is patched')).toEqual([]);
    expect(identifierShapes('set custom_field1 and enable_ipv6')).toEqual([]);
    expect(identifierShapes('locale FRENCHCANADIAN1, order 40123456, color deadbeef')).toEqual([]);
    expect(identifierShapes('call getUserById2 or the iPhone15ProMax')).toEqual([]);
  });
});
