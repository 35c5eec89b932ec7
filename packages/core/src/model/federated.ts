/**
 * Federated learning, seen from its settings: each round, clients train a few local epochs from the server's
 * weights at a constant rate (FedAvg, McMahan et al. 2017; Reddi et al. 2021 tune client SGD rates up to 1 and
 * beyond), and the run's length is counted in rounds. Only federated programs write clients per round or in
 * total, cohorts, communication rounds, or global beside local epochs; Flower and FedScale files are federated.
 */
import type { Field } from '../classify/classify.js';
import type { FrameworkId } from './frameworks.js';

// FederatedScope writes `federate: {client_num, sample_client_num, total_round_num}`.
const FEDERATED_KEY = /^(?:client_num_(?:per_round|in_total)|clients_per_round|num_clients_per_round|cohort_size|central_num_iterations|federated_optimizer|fl_algorithm|min_fit_clients|fraction_fit|sample_client_(?:num|rate)|total_round_num)$/;

export function federatedSettings(fields: readonly Field[], frameworks: readonly FrameworkId[]): boolean {
  if (frameworks.includes('flower') || frameworks.includes('fedscale')) return true;
  let local = false;
  let global = false;
  for (const f of fields) {
    const name = f.normalized;
    if (FEDERATED_KEY.test(name)) return true;
    if (name === 'local_epoch' || name === 'local_epochs') local = true;
    else if (name === 'global_epoch' || name === 'global_epochs' || name === 'comm_round' || name === 'comm_rounds') global = true;
  }
  return local && global;
}
