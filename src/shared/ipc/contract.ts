import type { z } from 'zod';
import { appContract } from './app.contract';
import { bundleContract } from './bundle.contract';
import { caseContract } from './case.contract';
import { caseFileContract } from './casefile.contract';
import type { IpcResult } from './define';
import { deviceContract } from './device.contract';
import { dialogContract } from './dialog.contract';
import { documentContract } from './document.contract';
import { expertContract } from './expert.contract';
import { indicatorContract } from './indicator.contract';
import { reportContract } from './report.contract';
import { financeContract } from './finance.contract';
import { linkChartContract } from './linkchart.contract';
import { statementContract } from './statement.contract';
import type { EventName, EventPayload } from './events';
import { objectContract } from './object.contract';
import { operatorContract } from './operator.contract';
import { partyContract } from './party.contract';
import { photoSearchContract } from './photo-search.contract';
import { provenanceContract } from './provenance.contract';

/** Every IPC channel of the app. The preload API and the main-side handlers are derived from it. */
export const contract = {
  ...appContract,
  ...dialogContract,
  ...caseFileContract,
  ...operatorContract,
  ...deviceContract,
  ...caseContract,
  ...objectContract,
  ...partyContract,
  ...bundleContract,
  ...photoSearchContract,
  ...documentContract,
  ...provenanceContract,
  ...financeContract,
  ...statementContract,
  ...linkChartContract,
  ...expertContract,
  ...indicatorContract,
  ...reportContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;
type Domain = ChannelName extends `${infer D}:${string}` ? D : never;

/** `casefile:save-recovery-sheet` → `api.casefile.saveRecoverySheet(input)`. */
export type CustodiaApi = {
  readonly [D in Domain]: {
    readonly [C in ChannelName as C extends `${D}:${infer V}` ? CamelCase<V> : never]: (
      input: ChannelInput<C>,
    ) => Promise<IpcResult<ChannelOutput<C>>>;
  };
};

export function splitChannel(name: string): { domain: string; method: string } {
  const [domain = '', verb = ''] = name.split(':');
  return { domain, method: verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) };
}

/** The whole of `window.custodia`: the channels, plus subscriptions to pushed events. */
export type WindowApi = CustodiaApi & {
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};
