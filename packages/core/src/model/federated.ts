/**
 * Federated learning, seen from its settings: each round, clients train a few local epochs from the server's
 * weights at a constant rate (FedAvg, McMahan et al. 2017; Reddi et al. 2021 tune client SGD rates up to 1 and
 * beyond), and the run's length is counted in rounds. Only federated programs write clients per round or in
 * total, cohorts, communication rounds, or global beside local epochs; Flower and FedScale files are federated.
 */
import type { Field } from '../classify/classify.js';
import type { FrameworkId } from './frameworks.js';

// FederatedScope writes `federate: {client_num, sample_client_num, total_round_num}`; FLSim `users_per_round` and a
// `server_optimizer`; FLUTE `num_clients_per_iteration` and `initial_lr_client`; Plato `clients: {total_clients, per_round}`.
const FEDERATED_KEY = /^(?:client_num_(?:per_round|in_total)|clients_per_round|num_clients_per_round|cohort_size|central_num_iterations|federated_optimizer|fl_algorithm|min_fit_clients|fraction_fit|sample_client_(?:num|rate)|total_round_num|users_per_round|num_clients_per_iteration|initial_lr_client|server_optimizer|total_clients)$/;
/** The two sides of a federated run, as sibling blocks (FLUTE's `server_config`/`client_config`, APPFL's `server_configs`/`client_configs`, FLSim's `server`/`client`). */
const CLIENT_BLOCK = /^clients?(?:_configs?)?$/;
const SERVER_BLOCK = /^(?:server|aggregator)(?:_configs?)?$/;

export function federatedSettings(fields: readonly Field[], frameworks: readonly FrameworkId[]): boolean {
  if (frameworks.includes('flower') || frameworks.includes('fedscale')) return true;
  let local = false;
  let global = false;
  const clientParents = new Set<Field['container']>();
  const serverParents = new Set<Field['container']>();
  for (const f of fields) {
    const name = f.normalized;
    if (FEDERATED_KEY.test(name)) return true;
    if (f.value.kind === 'map') {
      if (CLIENT_BLOCK.test(name)) clientParents.add(f.container);
      else if (SERVER_BLOCK.test(name)) serverParents.add(f.container);
    }
    if (name === 'local_epoch' || name === 'local_epochs') local = true;
    else if (name === 'global_epoch' || name === 'global_epochs' || name === 'comm_round' || name === 'comm_rounds') global = true;
  }
  for (const parent of clientParents) if (serverParents.has(parent)) return true;
  return local && global;
}
