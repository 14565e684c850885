// The akimat sends the case to its district department (again, after rework):
// the package goes with every file of the case.
import { useState } from 'react';
import type { CaseState } from '@shared/case';
import { caseEntry } from '@renderer/catalog/catalog';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { useDeviceIdentity } from '@renderer/features/district/queries';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { hasStep } from '@renderer/features/handover/return-path';
import { useCaseFiles } from '@renderer/features/handover/queries';
import { type RelayRoute, registeredRoute, relayPackage, relayRoutes } from './commands';
import { useLanguage } from '@renderer/i18n/language';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';

/** The case's regulation has a relay step and the case is where the relay comes next. */
export function canRelay(state: CaseState): boolean {
  if (!hasStep(state, 'relay')) return false;
  if (state.status === 'commissionConcluded' || state.status === 'returnedForRework') return true;
  return state.status === 'registered' && !hasStep(state, 'commissionConclusion');
}

export function RelayForm({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const signer = useSignAs('packageRelayed');
  const act = useCaseAct();
  const identity = useDeviceIdentity();
  const files = useCaseFiles(state.caseId);
  const scope = identity.data?.scope;
  const districtCode = scope?.kind === 'office' ? scope.districtCode : undefined;
  const again = state.status === 'returnedForRework';
  const routes = relayRoutes(caseEntry(state));
  const [route, setRoute] = useState<RelayRoute>(() => registeredRoute(state));
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, (ctx) => relayPackage(ctx, state.caseId, districtCode, routes.length > 0 ? route : undefined));
      }}
      data-testid="relay-form"
    >
      <h3>{again ? t('handover.relayAgain') : t('handover.relay')}</h3>
      <p>
        {districtCode ? t('handover.relayTo', { district: districtCode, count: files.data?.length ?? 0 }) : t('handover.relayNoDistrict')}
      </p>
      {routes.length > 0 && (
        <fieldset className="relay-route" data-testid="relay-route">
          <legend>{t('handover.relayRoute')}</legend>
          {routes.map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name="relay-route"
                value={r}
                checked={route === r}
                onChange={() => setRoute(r)}
                data-testid={`relay-route-${r}`}
              />{' '}
              {t(r === 'centre' ? 'handover.relayRouteCentre' : 'handover.relayRouteDistrict')}
            </label>
          ))}
        </fieldset>
      )}
      {signer.fields}
      <ActMessages act={act} field="district" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="relay-submit">
        {again ? t('handover.relayAgainButton') : t('handover.relayButton')}
      </button>
    </form>
  );
}
