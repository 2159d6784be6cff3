import { describe, expect, it } from 'vitest';
import { INSPECT_RESPONSE } from '../../../machines/format/inspect-types';

describe('the inspect struct model', () => {
  it('declares the modelled fields in the order of container.InspectResponse', () => {
    expect(INSPECT_RESPONSE.kind === 'struct' && INSPECT_RESPONSE.fields.map((f) => f.json ?? f.name)).toEqual([
      'Id',
      'Created',
      'Path',
      'Args',
      'State',
      'Image',
      'Name',
      'RestartCount',
      'HostConfig',
      'Config',
    ]);
  });

  it('calls the ID field ID in templates, with the JSON name Id', () => {
    expect(INSPECT_RESPONSE.kind === 'struct' && INSPECT_RESPONSE.fields[0]).toMatchObject({ name: 'ID', json: 'Id' });
  });
});
