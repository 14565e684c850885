// First run: choose what this PC is — an akimat office (the intake setup) or
// a district department of employment and social programmes.
import { useState } from 'react';
import { useDistrictText } from '@renderer/features/district/texts';
import type { DeviceKind } from '@renderer/features/district/device';
import { DistrictSetupScreen } from './DistrictSetupScreen';
import { SetupScreen } from './SetupScreen';

export function FirstRun() {
  const d = useDistrictText();
  const [kind, setKind] = useState<DeviceKind>('akimat');
  return (
    <>
      <div className="screen narrow device-kind" role="radiogroup" aria-label={d('deviceKind')}>
        <strong>{d('deviceKind')}</strong>{' '}
        {(['akimat', 'district'] as const).map((k) => (
          <label key={k} className="check">
            <input type="radio" name="device-kind" checked={kind === k} onChange={() => setKind(k)} data-testid={`kind-${k}`} />{' '}
            {d(k === 'akimat' ? 'kindAkimat' : 'kindDistrict')}
          </label>
        ))}
      </div>
      {kind === 'akimat' ? <SetupScreen /> : <DistrictSetupScreen />}
    </>
  );
}
