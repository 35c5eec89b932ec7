/**
 * The learning rate a schedule's other rates belong to (a floor, a warmup's start), for the rules that compare them
 * with it: the nearest rate beside the field or beside a block enclosing it.
 */
import type { Field } from '../classify/classify.js';

/** What a schedule block is named for: `critic` in `critic_lr_scheduler`, `actor` in `actor_sched` (the first `sched`). */
const SCHEDULE_BLOCK = /^(.*?)_?(?:lr_?)?sched/;

/**
 * The nearest learning rate beside `field` or beside a block enclosing it (DeepSpeed's `warmup_max_lr` beside
 * `warmup_min_lr`; dppo's `critic_lr` beside `critic_lr_scheduler: {min_lr}`, not the actor's `actor_lr` there too: of
 * several, the one named like the block). Undefined when there is none, or several and none named so; the caller asks
 * the run's own rate then. `passedOver` says which rates beside a field are not the one it belongs to.
 */
export function nearestRate(fields: readonly Field[], field: Field, passedOver: (rate: Field, beside: readonly Field[]) => boolean = () => false): Field | undefined {
  for (let at: Field | undefined = field; at; at = at.parent) {
    const beside = fields.filter((g) => g.container === at!.container && g !== at);
    const rates = beside.filter((g) => g.concept === 'learning-rate' && g.kind === 'hyperparameter' && g !== field && !passedOver(g, beside));
    if (rates.length === 1) return rates[0];
    if (rates.length > 1) {
      const owner = at === field ? undefined : (SCHEDULE_BLOCK.exec(at.normalized)?.[1] ?? at.normalized);
      const named = owner ? rates.filter((g) => g.normalized === `${owner}_lr` || g.normalized === `${owner}_learning_rate` || g.normalized === `lr_${owner}`) : [];
      return named.length === 1 ? named[0] : undefined;
    }
  }
  return undefined;
}
