// First run: choose what this PC is — an akimat office (the intake setup) or
// a district department of employment and social programmes — and whether it
// sets up a new one or joins one that already works on another PC (join.ts).
import { useState } from 'react';
import type { DeviceKind } from '@renderer/features/district/device';
import { DistrictSetupScreen } from './DistrictSetupScreen';
import { JoinOfficeScreen } from './JoinOfficeScreen';
import { SetupScreen } from './SetupScreen';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';
import './setup.css';

const MODES: Record<DeviceKind, Array<['new' | 'join', TextKey, string]>> = {
  akimat: [
    ['new', 'setup.joinChoiceNew', 'setup-new'],
    ['join', 'setup.joinChoice', 'join-office'],
  ],
  district: [
    ['new', 'setup.joinChoiceNewDistrict', 'setup-new'],
    ['join', 'setup.joinChoiceDistrict', 'join-office'],
  ],
};

export function FirstRun() {
  const { t } = useLanguage();
  const [kind, setKind] = useState<DeviceKind>('akimat');
  const [mode, setMode] = useState<'new' | 'join'>('new');
  return (
    <>
      <div className="screen narrow device-kind first-run-choice">
        <div role="radiogroup" aria-label={t('setup.deviceKind')}>
          <strong>{t('setup.deviceKind')}</strong>{' '}
          {(['akimat', 'district'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="device-kind" checked={kind === k} onChange={() => setKind(k)} data-testid={`kind-${k}`} />{' '}
              {t(k === 'akimat' ? 'setup.kindAkimat' : 'setup.kindDistrict')}
            </label>
          ))}
        </div>
        <div role="radiogroup" aria-label={t('setup.joinMode')} className="setup-mode">
          {MODES[kind].map(([m, label, testId]) => (
            <label key={m} className="check">
              <input type="radio" name="setup-mode" checked={mode === m} onChange={() => setMode(m)} data-testid={testId} /> {t(label)}
            </label>
          ))}
        </div>
      </div>
      {mode === 'join' ? <JoinOfficeScreen kind={kind} /> : kind === 'akimat' ? <SetupScreen /> : <DistrictSetupScreen />}
    </>
  );
}
