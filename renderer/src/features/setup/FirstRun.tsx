// First run: choose what this PC is — an akimat office (the intake setup) or
// a district department of employment and social programmes.
import { useState } from 'react';
import type { DeviceKind } from '@renderer/features/district/device';
import { DistrictSetupScreen } from './DistrictSetupScreen';
import { SetupScreen } from './SetupScreen';
import { useLanguage } from '@renderer/i18n/language';

export function FirstRun() {
  const { t } = useLanguage();
  const [kind, setKind] = useState<DeviceKind>('akimat');
  return (
    <>
      <div className="screen narrow device-kind" role="radiogroup" aria-label={t('setup.deviceKind')}>
        <strong>{t('setup.deviceKind')}</strong>{' '}
        {(['akimat', 'district'] as const).map((k) => (
          <label key={k} className="check">
            <input type="radio" name="device-kind" checked={kind === k} onChange={() => setKind(k)} data-testid={`kind-${k}`} />{' '}
            {t(k === 'akimat' ? 'setup.kindAkimat' : 'setup.kindDistrict')}
          </label>
        ))}
      </div>
      {kind === 'akimat' ? <SetupScreen /> : <DistrictSetupScreen />}
    </>
  );
}
