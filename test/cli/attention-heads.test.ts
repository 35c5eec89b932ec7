/**
 * A project whose own attention splits heads the way Karpathy's lecture code does, end to end with the built CLI:
 * char-GPT floors `head_size = n_embd // n_head` and projects the heads' concatenated outputs back with
 * `nn.Linear(n_heads * head_size, n_embd)`, so `n_embd: 64` with `n_head: 6` runs (heads of 10 units). A project that
 * tests the division, or has no such model, keeps the error.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'batch_size: 64\nblock_size: 256\nmax_iters: 10000\nlearning_rate: 0.0003\nn_embd: 64\nn_head: 6\nn_layer: 6\ndropout: 0.2\n';
const TRAIN = "import yaml\nfrom models.model import BigramLanguageModel\nconfig = yaml.safe_load(open('configs/version_2.yaml'))\nn_embd = config['n_embd']\nn_head = config['n_head']\n";
const BLOCK = 'class TransformerBlock(nn.Module):\n    def __init__(self, n_head, n_embd, block_size, dropout):\n        super().__init__()\n        head_size = n_embd // n_head\n        self.self_attention = MultiHeadAttention(n_head, n_embd, head_size, block_size, dropout)\n';
const ATTENTION = 'class MultiHeadAttention(nn.Module):\n    def __init__(self, n_heads, n_embd, head_size, block_size, dropout):\n        super().__init__()\n        self.heads = nn.ModuleList([Head(n_embd, head_size, block_size, dropout) for _ in range(n_heads)])\n        self.proj = nn.Linear(n_heads * head_size, n_embd)\n';
const PROJECT = { '.git/HEAD': 'ref: refs/heads/main\n', 'configs/version_2.yaml': CONFIG, 'train.py': TRAIN, 'models/transformer_block.py': BLOCK, 'models/attention.py': ATTENTION };

const check = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', 'configs/version_2.yaml'], { cwd: newProject(files).dir }).stdout);

describe('attention heads split by the project\'s own model', () => {
  it('leaves a width the heads do not divide alone when the model floors the head size and projects the heads back (char-GPT)', () => {
    expect(check(PROJECT)).toEqual([]);
    // Without the model files, the error stands.
    expect(check({ '.git/HEAD': PROJECT['.git/HEAD'], 'configs/version_2.yaml': CONFIG, 'train.py': TRAIN })).toEqual(['hidden-size-divisible-by-heads 6:9']);
  });

  it('keeps the error when a script tests the division, builds torch\'s MultiheadAttention, does not project the heads back, or a model framework reads the file', () => {
    expect(check({ ...PROJECT, 'models/check.py': 'assert n_embd % n_head == 0\nhead_size = 1\n' })).toEqual(['hidden-size-divisible-by-heads 6:9']);
    expect(check({ ...PROJECT, 'models/torch_attention.py': 'attn = nn.MultiheadAttention(n_embd, n_head)\n' })).toEqual(['hidden-size-divisible-by-heads 6:9']);
    expect(check({ ...PROJECT, 'models/attention.py': ATTENTION.replace('n_heads * head_size', 'n_embd') })).toEqual(['hidden-size-divisible-by-heads 6:9']);
    // A file a framework builds its model from (LitGPT's `n_embd`/`n_head`) is that framework's; Hydra only reads it.
    expect(check({ ...PROJECT, '.mlconfigrc.yaml': 'frameworks: [litgpt]\n' })).toEqual(['hidden-size-divisible-by-heads 6:9']);
    expect(check({ ...PROJECT, '.mlconfigrc.yaml': 'frameworks: [hydra]\n' })).toEqual([]);
  });
});
