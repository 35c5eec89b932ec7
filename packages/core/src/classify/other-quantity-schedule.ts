/**
 * A schedule named for another quantity than the learning rate: 3D-Speaker's `margin_scheduler` (the ArcFace margin),
 * a distillation `temperature_scheduler`, BYOL/DINO's teacher `momentum_scheduler`, a VAE's `kl_schedule` or
 * `beta_schedule`, an RL `epsilon_schedule`. Its `gamma` or `step_size` is not the learning rate's. A name that also
 * says `lr` (`teacher_lr_scheduler`) is the rate's.
 */
const OTHER_QUANTITY = /(?:^|_)(?:margin|temperature|temp|tau|beta|kl|ema|momentum|teacher|dropout|mask|sampling|curriculum|alpha|lambda|weight|wd|epsilon|eps|exploration|entropy|clip|sigma)(?:_|$)/;
const NAMES_A_RATE = /(?:^|_)(?:lr|learning_rate)(?:_|$)/;

/** `name` (normalised) names a quantity other than the learning rate, and no rate. */
export function namesAnotherQuantity(name: string): boolean {
  return OTHER_QUANTITY.test(name) && !NAMES_A_RATE.test(name);
}

/** `name` (normalised) is a schedule's, and of another quantity than the learning rate (`margin_scheduler`). */
export function schedulesAnotherQuantity(name: string): boolean {
  return /schedul/.test(name) && namesAnotherQuantity(name);
}
