import { describe, expect, it } from 'vitest';
import { commandLineParsing } from '../../src/model/command-line-parsing.js';

describe('commandLineParsing', () => {
  it('lists the argparse options declared with type=float, by destination', () => {
    const text = 'import argparse\np = argparse.ArgumentParser()\np.add_argument("--lr", type=float, default=0.1)\np.add_argument("--weight-decay", type=float)\np.add_argument("--epochs", type=int)\np.add_argument("-m", "--momentum", dest="mom", type=float)\n';
    expect(commandLineParsing(text, false)).toEqual({ floats: ['lr', 'weight_decay', 'mom'] });
  });

  it('knows a LightningCLI or jsonargparse script, which parses every option by its declared type', () => {
    expect(commandLineParsing('from lightning.pytorch.cli import LightningCLI\n\nclass MyLightningCLI(LightningCLI):\n    pass\n\ncli = MyLightningCLI(BaseModel, DataModule)\n', false)).toEqual({ floats: [], typed: 'jsonargparse' });
    expect(commandLineParsing('from jsonargparse import ArgumentParser\nparser = ArgumentParser()\n', false)).toEqual({ floats: [], typed: 'jsonargparse' });
  });

  it("knows a Hydra app, whose override grammar reads `lr=1e-05` as a float", () => {
    expect(commandLineParsing('import hydra\n', true)).toEqual({ floats: [], typed: 'hydra' });
  });

  it('says nothing of a script that parses no options that way', () => {
    expect(commandLineParsing('import argparse\np = argparse.ArgumentParser()\np.add_argument("--name", type=str)\n', false)).toBeUndefined();
    expect(commandLineParsing('import torch\n# LightningCLI is not used here\n', false)).toBeUndefined();
  });
});
