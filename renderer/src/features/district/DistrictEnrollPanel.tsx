// Enrolling a district PC from its inbox: the server's address and the code the
// administrator issued for the district.
import { useState } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { AcceptUnitOffer } from '@renderer/features/sync/AcceptUnitOffer';
import { useEnrollDevice } from './use-commands';

/** The administrator connects the department's PC to the server with a district code. */
export function DistrictEnrollPanel() {
  const { lang, t } = useLanguage();
  const enroll = useEnrollDevice();
  const [serverUrl, setServerUrl] = useState('http://127.0.0.1:8787');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: { kk: string; ru: string }; acceptUnit?: string } | null>(null);

  async function submit(acceptUnit?: string) {
    setBusy(true);
    try {
      const result = await enroll({ serverUrl, code, ...(acceptUnit ? { acceptUnit } : {}) });
      if (result.ok) setOutcome({ ok: true, text: { kk: result.identity.deviceId, ru: result.identity.deviceId } });
      else setOutcome({ ok: false, text: result.message, acceptUnit: result.acceptUnit });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="banner warn"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="district-enroll"
    >
      <p>{t('district.enrollIntro')}</p>
      <div className="row">
        <Field label={t('common.serverUrl')} value={serverUrl} onChange={setServerUrl} data-testid="district-enroll-url" />
        <Field label={t('common.enrollCode')} value={code} onChange={(x) => setCode(x.toUpperCase())} data-testid="district-enroll-code" />
      </div>
      <button type="submit" className="primary" disabled={busy} data-testid="district-enroll-submit">
        {t('common.enrollButton')}
      </button>
      {outcome && (
        <div className={`msg ${outcome.ok ? 'hint' : 'error'}`} role="status" data-testid="district-enroll-result">
          {outcome.ok ? t('district.enrolled', { deviceId: outcome.text[lang] }) : outcome.text[lang]}
          {outcome.acceptUnit && <AcceptUnitOffer unit={outcome.acceptUnit} busy={busy} onAccept={() => void submit(outcome.acceptUnit)} />}
        </div>
      )}
    </form>
  );
}
