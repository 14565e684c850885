// A device enrolled straight in a store (no HTTP), with a writer of its events.
import type { SqlStore } from '../storage';
import type { Device } from '../storage/types';
import { TestDevice } from './harness';

export async function enrolled(store: SqlStore, target: { officeCode?: string; districtCode?: string }) {
  const answer = (await store.devices.enroll(await store.admin.issueEnrollmentCode(target), undefined))!;
  const writer = new TestDevice('http://unused');
  writer.deviceId = answer.device.id;
  writer.kind = answer.device.kind;
  writer.unit = answer.device.kind === 'office' ? answer.device.officeCode! : answer.device.districtCode;
  writer.role = answer.device.kind === 'office' ? 'akim' : 'districtHead';
  return { device: answer.device as Device, writer };
}
