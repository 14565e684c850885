// Fuel aid: the akim forwards the package to the district (the provider) or to
// the Centre; the route is kept in packageRelayed.to.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findEntry } from '@shared/catalog';
import { freshDb } from '@renderer/testing/db-fixture';
import { ctx, registerCase } from '@renderer/features/district/test-fixtures';
import { relayPackage } from './commands';

const FUEL = findEntry('kzo-590-2014/fuel-aid-rural-social-specialists')!;

describe('fuel aid relay route', () => {
  it('records the route chosen; without a choice the payload names none', async () => {
    const db = freshDb();
    const toCentre = await registerCase(db, FUEL, '2026-11-23T10:00', 'via-centre');
    const state = await relayPackage(ctx(db, '2026-11-24T10:00'), toCentre, 'D05', 'centre');
    const relayed = state.events.find((e) => e.type === 'packageRelayed');
    expect(relayed?.type === 'packageRelayed' && relayed.payload.to).toBe('centre');
    const plain = await registerCase(db, FUEL, '2026-11-23T10:00', 'via-provider');
    const other = await relayPackage(ctx(db, '2026-11-24T10:00'), plain, 'D05');
    const event = other.events.find((e) => e.type === 'packageRelayed');
    expect(event?.type === 'packageRelayed' && event.payload.to).toBe(undefined);
  });
});
