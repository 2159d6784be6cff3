/** Korean messages: the same keys as en.ts (checked by the type). Terms: shared/guides/korean-terms.md. */
import type { Messages } from './en';

const ko: Messages = {
  // — shell —
  'app.title': '도커 컨테이너 생명주기',
  'app.subtitle': '명령을 누르거나 입력하면, 실제 도커 엔진처럼 컨테이너가 상태를 옮겨 가는 모습을 볼 수 있습니다.',
  'app.loading': '도커 엔진을 불러오는 중…',
  'lang.label': '언어',
  'lang.en': 'English',
  'lang.ko': '한국어',
  'speed.label': '속도',
  'speed.instant': '즉시',
  'clock.pause': '시간 멈춤',
  'clock.resume': '시간 다시 흐르기',
  'clock.step': '1초 진행',
  'clock.now': '시뮬레이션 시각: {time}',
  'theme.label': '테마',
  'theme.light': '밝게',
  'theme.dark': '어둡게',
  'error.badUrl': '주소에 이 페이지가 모르는 설정이 있어({detail}) 기본값을 사용했습니다.',

  // — controls —
  'controls.heading': '컨테이너 {name}',
  'controls.headingNone': '선택한 컨테이너가 없습니다',
  'controls.create.legend': '새 컨테이너',
  'controls.create.image': '이미지',
  'controls.create.command': '명령',
  'controls.create.commandPlaceholder': '이미지의 기본 명령',
  'controls.create.maxRetries': '최대 재시도 횟수',
  'controls.options.legend': '아래 명령의 옵션',
  'controls.options.defaultSignal': '기본값 (SIGKILL)',
  'controls.actions.label': '생명주기 명령',
  'controls.gloss.create': '생성',
  'controls.gloss.start': '실행',
  'controls.gloss.pause': '일시 정지',
  'controls.gloss.unpause': '재개',
  'controls.gloss.stop': '정지',
  'controls.gloss.kill': '강제 종료',
  'controls.gloss.restart': '재시작',
  'controls.gloss.rm': '삭제',
  'controls.verdict.none': '먼저 컨테이너를 선택하거나 생성하세요.',
  'controls.verdict.accepted': '지금 도커가 받아들이는 명령입니다.',
  'controls.verdict.acceptedWaits': '도커가 받아들이며, 처리되는 동안 명령이 기다립니다.',
  'controls.verdict.noop': '할 일이 없습니다. 도커는 성공으로 답하지만 아무것도 바뀌지 않습니다.',
  'controls.verdict.refused': '도커가 거부합니다:',
  'controls.verdict.tryAnyway': '(그래도 실행해 볼 수 있습니다)',
  'controls.faults.legend': '명령 없이 일어나는 일',
  'controls.faults.code': '종료 코드',
  'controls.faults.exit': '프로세스가 스스로 종료',
  'controls.faults.exitLog': '장애: {name}의 프로세스가 종료 코드 {code}로 종료',
  'controls.faults.oom': '메모리 부족 (커널이 강제 종료)',
  'controls.faults.oomLog': '장애: 커널의 OOM 킬러가 {name}의 프로세스를 종료',
  'controls.faults.rmFails': '다음 rm 실패 (사용 중인 마운트)',
  'controls.faults.rmFailsLog': '장애: {name}의 다음 삭제에서 파일을 지우지 못함',
  'controls.faults.rmSlow': '다음 rm이 느림 (5초)',
  'controls.faults.rmSlowLog': '장애: {name}의 다음 삭제가 5초 걸림',
  'log.heading': '명령',
  'log.empty': '누른 명령이 직접 입력할 때와 똑같은 모습으로 여기에 표시됩니다.',
  'log.exit': '종료 코드 {code}',
  'log.running': '실행 중…',
  'panel.hide': '숨기기',

  // — diagram —
  'diagram.label': '생명주기 다이어그램: 컨테이너가 가질 수 있는 상태와, 상태를 바꾸는 원인',
  'diagram.node': '{state}: 컨테이너 {count}개 {names}',
  'diagram.token': '{name}, {state}. 이 컨테이너 선택.',
  'diagram.arrived': '→ {state}',
  'diagram.noop': '변화 없음: 도커가 성공으로 답하지만 아무 일도 일어나지 않습니다.',
  'diagram.countdown.kill': '{s}초 뒤 SIGKILL',
  'diagram.countdown.restart': '{s}초 뒤 재시작',
  'diagram.countdown.removal': '{s}초 뒤 삭제',
  'diagram.cause.exit': '프로세스 종료',
  'diagram.cause.oom': 'OOM 강제 종료',
  'diagram.cause.grace': '유예 시간 종료',
  'diagram.cause.backoff': '대기 시간 종료',
  'diagram.cause.policy': '재시작 정책',
  'diagram.cause.autoremove': '자동 삭제 (--rm)',
  'diagram.cause.teardown': '정리 완료',
  'diagram.cause.teardownSlow': '느린 정리',
  'diagram.cause.teardownFails': '정리 실패',

  // — panels —
  'panel.ps': '컨테이너 목록',
  'panel.ps.empty': '아직 컨테이너가 없습니다. 하나 생성해 보세요.',
  'panel.events': '이벤트',
  'panel.events.capped': '전체 {total}개 중 마지막 {shown}개 이벤트를 보여 줍니다.',
  'panel.inspect': '선택한 컨테이너의 상태',
  'panel.inspect.none': '컨테이너를 선택하면 상태가 표시됩니다.',
  'panel.explain': '방금 일어난 일',
  'panel.explain.none': '명령을 실행하면 도커 데몬이 한 일을 여기에서 설명합니다.',

  // — explain —
  'explain.create':
    '{name}: 생성됨. 도커 데몬이 읽기 전용 이미지 위에 쓰기 가능한 컨테이너 계층을 만들었습니다. 아직 실행 중인 프로세스는 없습니다.',
  'explain.start':
    '{name}: 실행됨. 도커 데몬이 네임스페이스와 cgroups를 준비하고 그 안에서 메인 프로세스를 PID 1로 실행했습니다.',
  'explain.attach': '{name}: 포그라운드 docker run이라 CLI가 실행 전에 컨테이너 출력에 연결(attach)했습니다.',
  'explain.pause':
    '{name}: 일시 정지됨. cgroup freezer가 모든 프로세스를 멈췄습니다. CPU는 쓰지 않지만 메모리와 상태는 유지됩니다.',
  'explain.unpause': '{name}: 재개됨. cgroup freezer가 프로세스를 멈췄던 곳에서 다시 실행합니다.',
  'explain.kill.kill':
    '{name}: 도커 데몬이 SIGKILL을 보냈습니다. 어떤 프로세스도 이 시그널을 잡거나 무시할 수 없어 커널이 즉시 종료합니다.',
  'explain.kill.fallback': '{name}: {signal} 이후 유예 시간이 끝나서 도커 데몬이 SIGKILL을 보냈습니다.',
  'explain.kill.other':
    '{name}: 도커 데몬이 {signal}({n})을 보냈습니다. 결과는 프로세스에 달려 있습니다. 처리하거나, 그 시그널로 죽거나, 핸들러 없는 PID 1이라면 무시합니다.',
  'explain.oom': '{name}: 컨테이너가 cgroup 한도보다 많은 메모리를 써서 커널의 OOM 킬러가 프로세스를 종료했습니다.',
  'explain.die.zero':
    '{name}: 메인 프로세스가 종료 코드 {code}로 끝났습니다. 스스로 정상 종료했습니다(성공, 또는 정지 시그널을 받고 깔끔하게 종료).',
  'explain.die.137': '{name}: 메인 프로세스가 종료 코드 137 = 128 + 9로 끝났습니다. SIGKILL로 강제 종료되었습니다.',
  'explain.die.143': '{name}: 메인 프로세스가 종료 코드 143 = 128 + 15로 끝났습니다. SIGTERM으로 종료되었습니다.',
  'explain.die.127': '{name}: 종료 코드 127: 명령을 찾지 못했습니다.',
  'explain.die.126': '{name}: 종료 코드 126: 명령을 실행할 수 없었습니다.',
  'explain.die.signal': '{name}: 메인 프로세스가 종료 코드 {code} = 128 + {n}로 끝났습니다. {signal}로 종료되었습니다.',
  'explain.die.code': '{name}: 메인 프로세스가 스스로 종료 코드 {code}를 돌려주었습니다(0이 아니면 실패를 뜻합니다).',
  'explain.die.oom': '{name}: OOM 킬러에 종료되어 종료 코드는 137이고, inspect에 OOMKilled: true가 표시됩니다.',
  'explain.stop':
    '{name}: docker stop 완료. 컨테이너가 더 이상 실행되지 않습니다. 컨테이너 계층은 docker rm 전까지 남아 있습니다.',
  'explain.restart': '{name}: docker restart 완료. 정지한 뒤 다시 실행했습니다. --rm 컨테이너여도 삭제하지 않습니다.',
  'explain.destroy': '{name}: 삭제됨. 쓰기 가능한 컨테이너 계층과 그 파일이 지워졌고, 이름을 다시 쓸 수 있습니다.',
  'explain.other': '{name}: {action}',
  'explain.end': '{name}의 현재 상태: {state}.',
  'explain.end.removed': '{name}은(는) 더 이상 존재하지 않습니다.',
  'explain.end.restarting':
    '{name} 재시작 중: 재시작 정책이 대기 시간 뒤에 다시 실행합니다. 대기 시간은 100ms에서 시작해 매번 두 배로 늘어 최대 1분이 되고, 10초 이상 실행되면 초기화됩니다.',

  // — announcer —
  'announce.created': '{name}: {state}.',
  'announce.changed': '{name}: {from} → {to}.',
  'announce.removed': '{name}: 삭제됨 (removed).',
};

export default ko;
