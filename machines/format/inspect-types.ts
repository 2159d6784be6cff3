/**
 * The Go types of `docker inspect` data (moby api/types/container: InspectResponse, State,
 * HostConfig, Config), restricted to the fields the simulator models, in the Go declaration order
 * that encoding/json follows. Field names are Go's (`.ID`), JSON names the tags (`"Id"`).
 */
import { BOOL, INT, STRING, STRING_MAP, STRING_SLICE, type GoType } from '../go/template/types';

const STATE: GoType = {
  kind: 'struct',
  name: 'container.State',
  fields: [
    {
      name: 'Status',
      type: { kind: 'string', name: 'container.ContainerState' },
    },
    { name: 'Running', type: BOOL },
    { name: 'Paused', type: BOOL },
    { name: 'Restarting', type: BOOL },
    { name: 'OOMKilled', type: BOOL },
    { name: 'Dead', type: BOOL },
    { name: 'Pid', type: INT },
    { name: 'ExitCode', type: INT },
    { name: 'Error', type: STRING },
    { name: 'StartedAt', type: STRING },
    { name: 'FinishedAt', type: STRING },
    // Health *Health `json:",omitempty"`: set once a container with a healthcheck has started.
    {
      name: 'Health',
      omitempty: true,
      type: {
        kind: 'ptr',
        elem: {
          kind: 'struct',
          name: 'container.Health',
          fields: [
            { name: 'Status', type: { kind: 'string', name: 'container.HealthStatus' } },
            { name: 'FailingStreak', type: INT },
            {
              name: 'Log',
              type: {
                kind: 'slice',
                elem: {
                  kind: 'ptr',
                  elem: {
                    kind: 'struct',
                    name: 'container.HealthcheckResult',
                    fields: [
                      { name: 'Start', type: STRING },
                      { name: 'End', type: STRING },
                      { name: 'ExitCode', type: INT },
                      { name: 'Output', type: STRING },
                    ],
                  },
                },
              },
            },
          ],
        },
      },
    },
  ],
};

const RESTART_POLICY: GoType = {
  kind: 'struct',
  name: 'container.RestartPolicy',
  fields: [
    {
      name: 'Name',
      type: { kind: 'string', name: 'container.RestartPolicyMode' },
    },
    { name: 'MaximumRetryCount', type: INT },
  ],
};

const HOST_CONFIG: GoType = {
  kind: 'struct',
  name: 'container.HostConfig',
  fields: [
    { name: 'RestartPolicy', type: RESTART_POLICY },
    { name: 'AutoRemove', type: BOOL },
    // Init *bool `json:",omitempty"`: absent from the JSON when not set.
    { name: 'Init', omitempty: true, type: { kind: 'ptr', elem: BOOL } },
  ],
};

const CONFIG: GoType = {
  kind: 'struct',
  name: 'container.Config',
  fields: [
    { name: 'Tty', type: BOOL },
    { name: 'OpenStdin', type: BOOL },
    { name: 'Cmd', type: STRING_SLICE },
    // Healthcheck *HealthConfig `json:",omitempty"`; its durations are nanoseconds, omitempty.
    {
      name: 'Healthcheck',
      omitempty: true,
      type: {
        kind: 'ptr',
        elem: {
          kind: 'struct',
          name: 'container.HealthConfig',
          fields: [
            { name: 'Test', omitempty: true, type: STRING_SLICE },
            { name: 'Interval', omitempty: true, type: { kind: 'int', name: 'time.Duration' } },
            { name: 'Timeout', omitempty: true, type: { kind: 'int', name: 'time.Duration' } },
            { name: 'StartPeriod', omitempty: true, type: { kind: 'int', name: 'time.Duration' } },
            { name: 'StartInterval', omitempty: true, type: { kind: 'int', name: 'time.Duration' } },
            { name: 'Retries', omitempty: true, type: INT },
          ],
        },
      },
    },
    { name: 'Image', type: STRING },
    { name: 'Entrypoint', type: STRING_SLICE },
    { name: 'Labels', type: STRING_MAP },
    { name: 'StopSignal', omitempty: true, type: STRING },
    { name: 'StopTimeout', omitempty: true, type: { kind: 'ptr', elem: INT } },
  ],
};

export const INSPECT_RESPONSE: GoType = {
  kind: 'struct',
  name: 'container.InspectResponse',
  fields: [
    { name: 'ID', json: 'Id', type: STRING },
    { name: 'Created', type: STRING },
    { name: 'Path', type: STRING },
    { name: 'Args', type: STRING_SLICE },
    { name: 'State', type: { kind: 'ptr', elem: STATE } },
    { name: 'Image', type: STRING },
    { name: 'Name', type: STRING },
    { name: 'RestartCount', type: INT },
    { name: 'HostConfig', type: { kind: 'ptr', elem: HOST_CONFIG } },
    { name: 'Config', type: { kind: 'ptr', elem: CONFIG } },
  ],
};

/** `docker container inspect` hands the template `&res.Container`. */
export const INSPECT_RESPONSE_PTR: GoType = {
  kind: 'ptr',
  elem: INSPECT_RESPONSE,
};
