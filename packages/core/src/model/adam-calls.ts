/**
 * Whether a project's Python script hands torch's `Adam` a weight decay. Some programs build Adam from the learning
 * rate alone (CLMR's `torch.optim.Adam(self.model.parameters(), lr=3e-4)`, Microsoft's HRNet code) and pass the
 * config's `weight_decay` only to their other optimizers, so `adam-coupled-weight-decay` would describe a decay that
 * never reaches training. Only the calls written out can be read, and a class taken by name with
 * `getattr(torch.optim, name)` where the same script calls it: a script that builds its optimizer some other way
 * (Hydra's `instantiate`, timm's `create_optimizer`, LightningCLI, DeepSpeed's config, a `getattr` class called
 * elsewhere) or defines an `Adam` of its own could give Adam anything, and so could a parameter group that carries a
 * decay.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they call.
 */
import { callArguments, lastKeyOf, withoutCommentLines } from './python-call.js';

export interface AdamCalls {
  /** Calls of torch's Adam written out (`torch.optim.Adam(`, `optim.Adam(`, `Adam(`), and of a class taken by name, which may be Adam. */
  readonly calls: number;
  /** Of those, the ones that may pass a weight decay: `weight_decay=` (not 0), `**kwargs`, `*args`, a fifth positional argument. */
  readonly withDecay: number;
  /** The script builds optimizers some way that cannot be read, or writes parameter groups with a decay. */
  readonly unreadable: boolean;
  /**
   * It imports an RAdam that is not torch's: LiyuanLucasLiu's `radam.py` and its copies (flowtron, TransMIL's
   * `MyOptimizer/radam.py`), or torch-optimizer's, which decay the weights directly (`p -= wd·lr·p`), unlike
   * `torch.optim.RAdam`, whose `weight_decay` is an L2 term unless `decoupled_weight_decay=True`.
   */
  readonly ownRadam: boolean;
  /** It uses `torch.optim.RAdam`. */
  readonly torchRadam: boolean;
  /**
   * It looks torch-optimizer's classes up by name (`getattr(torch_optimizer, name)`, `torch_optimizer.get(name)`, a
   * registry filled from `torch_optimizer.__dict__`, as Ynakatsuka's kvt does after torch.optim's): a config's `RAdam`
   * may be torch-optimizer's, which decays the weights directly, or torch's, whichever the lookup meets first.
   */
  readonly radamByName: boolean;
  /**
   * The config keys that torch's Adam, written out, takes its weight decay from: `weight_decay=config["training"]["weight_decay"]`
   * is `weight_decay`, `weight_decay=float(args.wd)` is `wd` (sdubail's `__main__.py`). With no other optimizer in the
   * project, a file that names none still trains with Adam and that decay.
   */
  readonly torchAdamDecayKeys: readonly string[];
  /** It builds an optimizer other than Adam (`optim.SGD(`, `AdamW(`), or a class taken by name, which may be any. */
  readonly otherOptimizer: boolean;
  /** The first optimizer other than Adam whose call is written out (`AdamW(`, `torch.optim.SGD(`), for the evidence. */
  readonly otherOptimizerCall?: string;
  /**
   * Optimizer classes the script defines (`class Adamax(Optimizer):`, HittER's BERT-style Adamax, which adds the decay to
   * the update): a config that names one gets that class, whose weight decay may work any way.
   */
  readonly ownOptimizerClasses: readonly string[];
}

const ADAM_CALL = /(?<![\w.])((?:class|def)\s+)?(?:(?:torch\s*\.\s*)?optim\s*\.\s*)?Adam\s*\(/g;
/**
 * `getattr(torch.optim, name)`: the class the config names. Called where it is written (`getattr(torch.optim,
 * name)(params, lr=lr)`) or through the variable it is assigned to in the same script (ppg-vc's `opt = getattr(...)`,
 * then `opt(parameters, lr=lr, eps=eps)`), its arguments can be read as an Adam call's; anywhere else they cannot.
 */
const GETATTR_OPTIM = /\bgetattr\s*\(\s*(?:torch\s*\.\s*)?optim(?:izers?)?\s*,[^()]*\)/g;
const ANY_GETATTR_OPTIM = /\bgetattr\s*\(\s*(?:torch\s*\.\s*)?optim(?:izers?)?\s*,/g;
const BY_NAME = [
  /\boptim\s*\.\s*__dict__/,
  /\binstantiate\s*\(/,
  /\bcreate_optimizer(?:_v2)?\s*\(/,
  /\bLightningCLI\s*\(/,
  /\bdeepspeed\s*\.\s*initialize\s*\(/,
  /^\s*from\s+(?:mmcv|mmengine|mmdet|detectron2|timm|fvcore)[\w.]*\s+import[^\n]*\bbuild_optimizer/m,
  // A parameter group written with its own decay (`{"params": ..., "weight_decay": wd}`) reaches whatever it is given to.
  /['"]weight_decay['"]\s*:/,
];
const OWN_RADAM = /^[ \t]*(?:from[ \t]+(?!torch\b|timm\b)[\w.]*radam[ \t]+import[^\n]*\bRAdam\b|from[ \t]+torch_optimizer[ \t]+import[^\n]*\bRAdam\b)|\btorch_optimizer\s*\.\s*RAdam\s*\(/im;
const TORCH_OPTIMIZER_BY_NAME = /\bgetattr\s*\(\s*torch_optimizer\s*,|\btorch_optimizer\s*\.\s*(?:get\s*\(|__dict__\b)|\b(?:vars|dir)\s*\(\s*torch_optimizer\s*\)|\bgetmembers\s*\(\s*torch_optimizer\b/;
const TORCH_RADAM = /\b(?:torch\s*\.\s*)?optim\s*\.\s*RAdam\s*\(|^[ \t]*from[ \t]+torch\.optim[ \t]+import[^\n]*\bRAdam\b/m;

/**
 * torch's optimizers other than Adam (`optim.SGD(`, `torch.optim.AdamW(`), and the common ones of any library, bare or
 * qualified (`AdamW(`, `transformers.AdamW(`, `bnb.optim.AdamW8bit(`, Keras's `optimizers.SGD(`): any of them may be the
 * one a file's decay goes to.
 */
const OTHER_OPTIMIZER = /\boptim\s*\.\s*(?!Adam\s*\()[A-Z]\w*\s*\(|(?<!\w)(?:SGD|AdamW|Adamax|RMSprop|Adagrad|Adadelta|NAdam|RAdam|LBFGS|SparseAdam|ASGD|Rprop|Lion|Adafactor|Lamb|LAMB|FusedAdam|FusedLAMB|AdaBelief|Ranger\w*|Novograd|NovoGrad|Lookahead|SAM|Muon|AdamP|SGDP|Yogi|MADGRAD|Shampoo|AdamWScheduleFree|SGDScheduleFree)\s*\(/;
/** `Adam` is torch's when called through `optim.` or imported from `torch.optim`; Keras's `Adam(weight_decay=…)` decouples. */
const TORCH_ADAM_IMPORT = /^[ \t]*from[ \t]+torch\.optim(?:\.adam)?[ \t]+import[^\n]*\bAdam\b(?![ \t]*as\b)/m;

/** `class Adamax(Optimizer):`, `class Lamb(torch.optim.Optimizer):`: a class on torch's optimizer base. */
const OPTIMIZER_CLASS = /^[ \t]*class[ \t]+([A-Za-z_]\w*)[ \t]*\([^()\n]*\bOptimizer\b[^()\n]*\)[ \t]*:/gm;

const NONE: AdamCalls = { calls: 0, withDecay: 0, unreadable: false, ownRadam: false, torchRadam: false, radamByName: false, torchAdamDecayKeys: [], otherOptimizer: false, ownOptimizerClasses: [] };

/** What a Python file's text does with torch's Adam. */
export function adamCalls(pythonText: string): AdamCalls {
  if (!pythonText.includes('Adam') && !pythonText.includes('optim') && !pythonText.includes('Optimizer') && !pythonText.includes('radam')) return NONE;
  const code = withoutCommentLines(pythonText);
  let unreadable = BY_NAME.some((re) => re.test(code));
  let calls = 0;
  let withDecay = 0;
  let byName = false;
  for (const args of byNameCalls(code)) {
    byName = true;
    if (args === undefined) {
      unreadable = true;
      continue;
    }
    calls++;
    if (passesDecay(args)) withDecay++;
  }
  const torchImport = TORCH_ADAM_IMPORT.test(code);
  const decayKeys = new Set<string>();
  // The script's `self.x = name` assignments and its functions' parameters are read once, and only when a call needs them.
  let owners: SelfParameters | undefined;
  const parameterOf = (attribute: string): string | undefined => (owners ??= selfParameters(code)).get(attribute);
  for (const m of code.matchAll(ADAM_CALL)) {
    // `class Adam(Optimizer):` — a project's own Adam, which may decay the weights any way.
    if (m[1] !== undefined) {
      unreadable = true;
      continue;
    }
    calls++;
    const args = callArguments(code, m.index + m[0].length);
    if (args === undefined || passesDecay(args)) withDecay++;
    const key = args && (m[0].includes('optim') || torchImport) ? decayKeyOf(args, parameterOf) : undefined;
    if (key !== undefined) decayKeys.add(key);
  }
  const other = OTHER_OPTIMIZER.exec(code)?.[0].replace(/\s+/g, '');
  return {
    calls,
    withDecay,
    unreadable,
    ownRadam: OWN_RADAM.test(code),
    torchRadam: TORCH_RADAM.test(code),
    radamByName: TORCH_OPTIMIZER_BY_NAME.test(code),
    torchAdamDecayKeys: [...decayKeys],
    otherOptimizer: byName || other !== undefined,
    ...(other !== undefined ? { otherOptimizerCall: other } : {}),
    ownOptimizerClasses: [...code.matchAll(OPTIMIZER_CLASS)].map((m) => m[1]!),
  };
}

/**
 * The config key a call's `weight_decay=` reads (`cfg["wd"]`, `float(args.weight_decay)`); undefined for a literal or a
 * local name. An attribute the script sets once from a parameter of its own (devign's `self.wd = weight_decay` in an
 * `__init__(self, ..., weight_decay: float, ...)`, called with `weight_decay=devign.weight_decay`) reads that
 * parameter's name.
 */
function decayKeyOf(args: readonly string[], parameterOf: (attribute: string) => string | undefined): string | undefined {
  for (const a of args) {
    const kw = /^weight_decay\s*=(?!=)\s*([\s\S]*)$/.exec(a);
    if (!kw) continue;
    const expression = unwrapFloat(kw[1]!.trim());
    const own = /^self\s*\.\s*([A-Za-z_]\w*)$/.exec(expression)?.[1];
    const set = own !== undefined ? parameterOf(own) : undefined;
    return set ?? lastKeyOf(expression)?.key;
  }
  return undefined;
}

function unwrapFloat(expression: string): string {
  return /^float\s*\(([\s\S]*)\)$/.exec(expression)?.[1]!.trim() ?? expression;
}

type SelfParameters = ReadonlyMap<string, string | undefined>;

const SELF_ASSIGNMENT = /^[ \t]*self[ \t]*\.[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)[ \t]*([^\n#]*)/gm;
/** A function's signature, within a bounded span, so text full of unclosed `def f(` stays linear. */
const SIGNATURE = /\bdef[ \t]+\w+[ \t]*\(([^)]{0,1000})/g;

/**
 * Each attribute the script sets on `self` exactly once from a parameter of one of its own functions
 * (`self.wd = weight_decay` in `def __init__(self, ..., weight_decay: float)`), with that parameter's name; an attribute
 * set more than once, or from anything else, maps to undefined.
 */
function selfParameters(code: string): SelfParameters {
  const parameters = new Set<string>();
  for (const m of code.matchAll(SIGNATURE)) for (const p of m[1]!.matchAll(/[A-Za-z_]\w*/g)) parameters.add(p[0]);
  const found = new Map<string, string | undefined>();
  for (const m of code.matchAll(SELF_ASSIGNMENT)) {
    const value = unwrapFloat(m[2]!.trim());
    const parameter = /^[A-Za-z_]\w*$/.test(value) && value !== 'self' && parameters.has(value) ? value : undefined;
    found.set(m[1]!, found.has(m[1]!) ? undefined : parameter);
  }
  return found;
}

/** The arguments of each call of a class taken with `getattr(torch.optim, ...)`; undefined for one that cannot be read. */
function byNameCalls(code: string): (readonly string[] | undefined)[] {
  if (!code.includes('getattr')) return [];
  const found: (readonly string[] | undefined)[] = [];
  // A `getattr(torch.optim, cfg.get("name"))` whose name is itself a call: not read.
  const written = [...code.matchAll(GETATTR_OPTIM)];
  if ((code.match(ANY_GETATTR_OPTIM) ?? []).length > written.length) found.push(undefined);
  for (const m of written) {
    const end = m.index + m[0].length;
    const direct = /^\s*\(/.exec(code.slice(end, end + 200));
    if (direct) {
      found.push(callArguments(code, end + direct[0].length));
      continue;
    }
    const lineStart = code.lastIndexOf('\n', m.index - 1) + 1;
    const target = /^\s*((?:self\s*\.\s*)?[A-Za-z_]\w*)\s*=\s*$/.exec(code.slice(lineStart, m.index))?.[1]?.replace(/\s+/g, '');
    if (target === undefined) {
      found.push(undefined);
      continue;
    }
    const name = target.replace('.', '\\s*\\.\\s*');
    const uses = [...code.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\(`, 'g'))];
    if (uses.length === 0) found.push(undefined);
    for (const u of uses) found.push(callArguments(code, u.index + u[0].length));
  }
  return found;
}

function passesDecay(args: readonly string[]): boolean {
  let positional = 0;
  for (const a of args) {
    if (a.startsWith('*')) return true;
    const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(a);
    if (!kw) {
      positional++;
      continue;
    }
    if (kw[1] === 'weight_decay' && !/^0(?:\.0*)?(?:e[+-]?\d+)?$/i.test(kw[2]!.trim())) return true;
  }
  // `Adam(params, lr, betas, eps, weight_decay)`.
  return positional >= 5;
}
