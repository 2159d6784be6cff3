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
  'controls.verdict.done': '완료',
  'controls.verdict.doneNow': '완료 — {name}: {state}.',
  'controls.verdict.again': '다시 누르면: {verdict}.',
  'controls.verdict.noopShort': '변화 없음',
  'controls.verdict.refusedShort': '거부함',
  'controls.verdict.noneShort': '컨테이너를 선택하세요',
  'controls.verdict.acceptedShort': '받아들임',
  'controls.verdict.acceptedWaitsShort': '받아들이고 기다림',
  'controls.more': '더 많은 설정',
  'controls.faults.legend': '명령 없이 일어나는 일',
  'controls.faults.code': '종료 코드',
  'controls.faults.exit': '프로세스가 스스로 종료',
  'controls.faults.exitLog': '장애: {name} 컨테이너의 프로세스가 종료 코드 {code}로 종료',
  'controls.faults.oom': '메모리 부족 (커널이 강제 종료)',
  'controls.faults.oomLog': '장애: 커널의 OOM 킬러가 {name} 컨테이너의 프로세스를 종료',
  'controls.faults.rmFails': '다음 삭제 실패 (사용 중인 마운트)',
  'controls.faults.rmFailsLog': '장애: {name} 컨테이너의 다음 삭제에서 파일을 지우지 못함',
  'controls.faults.rmSlow': '다음 삭제가 느림 (5초)',
  'controls.faults.rmSlowLog': '장애: {name} 컨테이너의 다음 삭제가 5초 걸림',

  // — terminal —
  'terminal.heading': '터미널',
  'terminal.output': '터미널 출력',
  'terminal.input': 'docker 명령 입력',
  'terminal.placeholder': 'docker 명령을 입력하세요. 예: docker run -d --name web nginx',
  'terminal.holding': '명령이 끝나기를 기다리는 중… Ctrl+C로 중단할 수 있고, 지금 입력한 줄은 그다음에 실행됩니다.',
  'terminal.keys':
    'Enter로 실행합니다. ↑, ↓로 이전 명령을 불러오고, Tab으로 자동 완성, Ctrl+C로 중단, Ctrl+L이나 clear로 화면을 지웁니다. Esc를 누른 뒤 Tab을 누르면 터미널에서 빠져나갑니다.',
  'terminal.empty': '입력하거나 버튼으로 실행한 명령이 docker CLI의 출력과 함께 그대로 여기에 나타납니다.',
  'terminal.exit': '종료 코드 {code}',
  'terminal.scrolledOut': '이전 출력은 터미널에서 밀려나 보이지 않습니다.',
  'terminal.running': '실행 중…',
  'terminal.clicked': '버튼',
  'terminal.queued': '대기 중',
  'terminal.hint.sigint.two':
    '컨테이너가 SIGINT를 무시했습니다. 메인 프로세스가 PID 1로 실행 중인데 이 시그널의 핸들러가 없어서 시그널이 아무 효과가 없습니다. Ctrl+C를 두 번 더 누르면 docker가 기다리기를 멈추거나(컨테이너는 계속 실행됩니다), 정지(stop)나 강제 종료(kill) 버튼으로 끝낼 수 있습니다.',
  'terminal.hint.sigint.one':
    '아직 실행 중입니다. Ctrl+C를 한 번 더 누르면 docker가 기다리기를 멈추거나(컨테이너는 계속 실행됩니다), 정지(stop)나 강제 종료(kill) 버튼으로 끝낼 수 있습니다.',
  'terminal.hint.noProxy.two':
    'docker가 Ctrl+C를 컨테이너에 전달하지 않으므로(--sig-proxy=false) 컨테이너는 계속 실행됩니다. Ctrl+C를 두 번 더 누르면 docker가 기다리기를 멈추고, 정지(stop)나 강제 종료(kill) 버튼으로 컨테이너를 끝낼 수도 있습니다.',
  'terminal.hint.noProxy.one': 'Ctrl+C를 한 번 더 누르면 docker가 기다리기를 멈춥니다. 컨테이너는 계속 실행됩니다.',
  'terminal.hint.raw':
    '컨테이너의 터미널에 연결되었습니다(-it). 키 입력은 컨테이너 프로세스로 갑니다. Ctrl+C는 컨테이너의 터미널을 거쳐 프로세스에 전달되고(셸은 무시합니다), Ctrl+D는 입력을 끝내며(셸은 종료됩니다), Ctrl+P 다음 Ctrl+Q는 컨테이너를 실행 중인 채로 두고 분리(detach)합니다.',
  'terminal.hint.operator':
    '이 터미널은 docker 명령을 차례로 실행합니다(;, &&, ||와 $(docker …)는 됩니다). 파이프, 리디렉션, 백그라운드 작업은 지원하지 않습니다: “{operator}”는 시뮬레이션되지 않습니다.',
  'terminal.hint.substitution':
    '$({command})는 기다려야 하는 명령입니다. 이 터미널은 docker ps -q처럼 바로 답하는 명령만 치환합니다.',
  'terminal.continued':
    '따옴표가 닫히지 않았거나 줄이 \\로 끝났습니다. 이어서 입력하거나, Ctrl+C로 버리거나, Ctrl+D로 끝내세요.',
  'terminal.help.text':
    '이 터미널은 시뮬레이션된 도커 엔진에 docker 명령을 실행합니다: run, create, start, stop, kill, restart, pause, unpause, rm, ps, inspect, events와 docker container … 형식. docker --help와 docker <명령> --help로 옵션을 볼 수 있습니다. 셸은 echo($? 포함), history, clear도 압니다.',
  'panel.hide': '숨기기',

  // — diagram —
  'diagram.label': '생명주기 다이어그램: 컨테이너가 가질 수 있는 상태와, 상태를 바꾸는 원인',
  'diagram.node.none': '{state}: 컨테이너 없음',
  'diagram.node.one': '{state}: 컨테이너 1개 ({names})',
  'diagram.node.many': '{state}: 컨테이너 {count}개 ({names})',
  'diagram.node.more': '{names} 외 {count}개',
  'diagram.token': '{name}: {state}',
  'diagram.arrived': '→ {state}',
  'diagram.noop': '변화 없음: 도커가 성공으로 답하지만 아무 일도 일어나지 않습니다.',
  'diagram.noop.badge': '변화 없음',
  'diagram.refused': '도커가 거부함:',
  'diagram.refused.badge': '거부됨',
  'diagram.countdown.kill': '{s}초 뒤 SIGKILL',
  'diagram.countdown.restart': '{s}초 뒤 재시작',
  'diagram.countdown.removal': '{s}초 뒤 삭제',
  'diagram.pulse.exit': '종료 코드 {code}',
  'diagram.cause.exit': '프로세스 종료',
  'diagram.cause.oom': 'OOM 종료',
  'diagram.cause.grace': '유예 시간 종료',
  'diagram.cause.backoff': '재시작 대기 종료',
  'diagram.cause.policy': '재시작 정책',
  'diagram.cause.autoremove': '--rm',
  'diagram.cause.thaw': '해동',
  'diagram.cause.fault': '삭제 실패',
  'state.gloss.created': '생성',
  'state.gloss.running': '실행 중',
  'state.gloss.paused': '일시 정지',
  'state.gloss.restarting': '재시작 중',
  'state.gloss.exited': '종료',
  'state.gloss.removed': '삭제됨',
  'state.gloss.removing': '삭제 중',
  'state.gloss.dead': '삭제 실패',
  'diagram.cause.teardown': '정리 완료',
  'diagram.cause.teardownSlow': '느린 정리 (장애)',
  'diagram.cause.teardownFails': '정리 실패 (장애)',
  'diagram.more': '여기 있는 컨테이너 {count}개 더: {names}',
  'diagram.level.label': '도커를 얼마나 자세히 보여 줄지',
  'diagram.level.lifecycle': '생명주기',
  'diagram.level.all': '도커 전체',
  'diagram.download.svg': 'SVG 내려받기',
  'diagram.download.png': 'PNG 내려받기',
  'diagram.legend.command': 'docker 명령',
  'diagram.legend.auto': '자동으로 일어남',
  'diagram.legend.fault': '장애를 주입했을 때만',

  // — panels —
  'panel.ps': '컨테이너 목록',
  'panel.ps.empty': '아직 컨테이너가 없습니다. 하나 생성해 보세요.',
  'panel.ps.hint': '행을 클릭하거나 행에서 Enter 키를 누르면 그 컨테이너가 선택됩니다.',
  'panel.events': '이벤트',
  'panel.events.capped': '전체 {total}개 중 마지막 {shown}개 이벤트를 보여 줍니다.',
  'panel.events.empty':
    '아직 이벤트가 없습니다. 컨테이너에 변화가 생기면 docker events가 출력하는 그대로 여기에 나타납니다.',
  'panel.events.legend': '▸ 표시가 있는 줄은 마지막 명령으로 생긴 이벤트입니다.',
  'panel.inspect': '선택한 컨테이너의 상태',
  'panel.inspect.none': '컨테이너를 선택하면 상태가 표시됩니다.',
  'panel.inspect.indented': '읽기 쉽게 들여쓰기해서 보여 줍니다. CLI는 한 줄로 출력합니다.',
  'panel.explain': '방금 일어난 일',
  'panel.explain.earlier': '이 과정의 앞선 이벤트 {count}개는 docker events에서 볼 수 있습니다.',
  'panel.explain.none': '명령을 실행하면 도커 데몬과 커널이 한 일을 이벤트마다 여기에서 설명합니다.',

  // — explain —
  'explain.create':
    '{name}: 생성됨. 도커 데몬이 읽기 전용 이미지 레이어 위에 쓰기 가능한 컨테이너 계층을 만들고 컨테이너를 준비했습니다. 아직 실행 중인 프로세스는 없습니다.',
  'explain.attach':
    '{name}: CLI가 실행 전에 컨테이너의 출력에 연결(attach)했습니다(포그라운드 docker run 또는 docker start -a). 프로세스가 출력하는 내용이 터미널에 나타납니다.',
  'explain.start':
    '{name}: 실행됨. 도커 데몬이 네임스페이스(격리)와 cgroups(자원 제한)를 준비하고, 그 안에서 메인 프로세스를 PID 1로 실행했습니다.',
  'explain.start.policy':
    '{name}: 명령 없이 재시작 정책({policy})이 다시 실행했습니다. 종료 뒤의 대기 시간(back-off)이 끝났기 때문입니다.',
  'explain.pause':
    '{name}: 일시 정지됨. cgroup freezer가 컨테이너의 모든 프로세스를 얼렸습니다. CPU는 전혀 쓰지 않지만 메모리와 상태는 그대로 유지됩니다.',
  'explain.unpause':
    '{name}: 재개됨. cgroup freezer가 프로세스를 풀어 주어, 멈췄던 바로 그 지점부터 이어서 실행됩니다.',
  'explain.unpause.signal':
    '{name}: 도커 데몬이 시그널을 보낸 직후 일시 정지된 컨테이너를 재개했습니다. 얼어 있는 프로세스는 시그널에 반응할 수 없으므로, 일시 정지된 컨테이너를 정지하거나 강제 종료하면 재개됩니다.',
  'explain.kill.stop':
    '{name}: {command} 명령이 {signal}({n}) 시그널을 보냈습니다. {source}. 그런 다음 메인 프로세스가 종료되기를 유예 시간(-t나 --stop-timeout으로 정하지 않으면 10초)까지 기다리고, 그때도 실행 중이면 SIGKILL을 보냅니다.',
  'explain.source.image': '이미지가 정한 정지 시그널(STOPSIGNAL)입니다',
  'explain.source.createFlag': '컨테이너를 만들 때 정한 정지 시그널(--stop-signal)입니다',
  'explain.source.default': '이미지에 STOPSIGNAL이 없어서 기본 정지 시그널을 썼습니다',
  'explain.source.flag': '--signal로 지정한 시그널입니다',
  'explain.kill.fallback':
    '{name}: {seconds}초의 유예 시간이 끝났는데도 메인 프로세스가 실행 중이어서 도커 데몬이 SIGKILL(9)을 보냈습니다. {signal} 시그널과 달리 SIGKILL은 잡거나 막거나 무시할 수 없습니다.',
  'explain.kill.kill':
    '{name}: 도커 데몬이 SIGKILL(9)을 보냈습니다. docker kill의 기본 시그널이며, docker rm -f도 먼저 이 시그널을 보냅니다. 어떤 프로세스도 잡거나 막거나 무시할 수 없어서 커널이 즉시 프로세스를 종료합니다.',
  'explain.kill.rm':
    '{name}: docker rm -f 명령이 실행 중인 컨테이너를 삭제하기 전에 끝내려고 SIGKILL(9)을 보냈습니다. 어떤 프로세스도 SIGKILL을 잡거나 막거나 무시할 수 없습니다.',
  'explain.kill.proxy':
    '{name}: Ctrl+C를 누르자 컨테이너에 연결된 {command} 명령이 이를 {signal}({n}) 시그널로 전달했습니다. 도커 CLI는 자신이 받은 시그널을 컨테이너로 넘겨 줍니다(시그널 프록시).',
  'explain.kill.other':
    '{name}: docker kill -s 명령이 {signal}({n}) 시그널을 보냈습니다. 결과는 프로세스에 달려 있습니다. 처리할 수도, 그 시그널로 죽을 수도, 무시할 수도 있습니다(핸들러가 없는 PID 1은 무시합니다).',
  'explain.oom':
    '{name}: 컨테이너가 cgroup이 허용하는 것보다 많은 메모리를 써서, 커널의 OOM(메모리 부족) 킬러가 메인 프로세스를 SIGKILL로 종료했습니다.',
  'explain.die.0': '{name}: 메인 프로세스가 종료 코드 0(성공)으로 끝났습니다. 할 일을 마친 것입니다.',
  'explain.die.eof':
    '{name}: 메인 프로세스가 곧바로 종료 코드 0으로 끝났습니다. -it 없이 실행한 셸({process})은 입력에서 EOF(파일 끝)를 읽고 할 일이 없어 바로 끝납니다. -it으로 실행하거나 계속 실행되는 명령을 지정하세요.',
  'explain.die.handled': '{name}: 메인 프로세스가 {signal} 시그널을 처리하고 깔끔하게 종료했습니다(종료 코드 0).',
  'explain.die.1': '{name}: 메인 프로세스가 종료 코드 1로 끝났습니다. 프로그램이 스스로 알린 일반적인 오류입니다.',
  'explain.die.126': '{name}: 종료 코드 126: 명령을 찾았지만 실행할 수 없었습니다(권한이 없거나 실행 파일이 아님).',
  'explain.die.127': '{name}: 종료 코드 127: 명령을 찾지 못했습니다.',
  'explain.die.code':
    '{name}: 메인 프로세스가 끝났습니다. 종료 코드({code})는 프로그램이 정한 값이며, 0이 아니면 실패를 뜻합니다.',
  'explain.die.chosen':
    '{name}: 메인 프로세스가 스스로 종료 코드 {code}로 종료했습니다. 관례상 128 + {n}은 {signal} 시그널로 죽었다는 뜻이지만, 이 프로세스를 끝낸 시그널은 없었습니다. 프로그램이 이 코드를 골랐습니다.',
  'explain.die.signal': '{name}: 종료 코드 {code} = 128 + {n}: 메인 프로세스가 {signal} 시그널로 종료되었습니다.',
  'explain.die.ignored':
    '{name}: 종료 코드 137 = 128 + 9: SIGKILL이 프로세스를 끝냈습니다. 그 전에 프로세스는 {signal} 시그널을 무시했습니다. 메인 프로세스가 PID 네임스페이스의 PID 1인데 {signal} 핸들러가 없고, 커널은 이런 PID 1에는 시그널의 기본 동작(프로세스 종료)을 적용하지 않기 때문입니다. 그래서 {command} 명령이 유예 시간을 끝까지 기다렸습니다. --init을 쓰면 작은 init 프로세스가 PID 1이 되어 시그널을 전달하므로, 프로세스가 그 시그널로 바로 종료됩니다(SIGTERM이면 종료 코드 143).',
  'explain.die.oom':
    '{name}: 종료 코드 137 = 128 + 9: OOM 킬러의 SIGKILL로 종료되었습니다. 이제 docker inspect에 OOMKilled: true가 표시됩니다.',
  'explain.die.init':
    '{name} 컨테이너는 --init으로 실행되었습니다. init 프로세스가 PID 1이 되어 시그널을 메인 프로세스에 전달했고(PID 1이 아닌 메인 프로세스는 그 시그널로 죽습니다), 같은 종료 코드로 끝났습니다.',
  'explain.stop':
    '{name}: docker stop 완료. 메인 프로세스가 종료되었습니다. 컨테이너는 컨테이너 계층과 함께 docker rm 전까지 남아 있고, 재시작 정책이 다시 실행하지 않습니다.',
  'explain.stop.autoRemove':
    '{name}: docker stop이 끝났습니다. 메인 프로세스가 종료되었습니다. --rm(AutoRemove)으로 실행했으므로 도커 데몬이 컨테이너 계층까지 포함해 지금 바로 삭제합니다.',
  'explain.stop.restart': '{name}: docker restart의 정지 단계가 끝났습니다. 곧바로 실행 단계가 이어집니다.',
  'explain.stop.backoff':
    '{name}: 재시작을 기다리던 중에 정지되었습니다. 실행 중인 프로세스가 없어서 시그널은 필요 없었습니다. 예정된 재시작은 취소되고 마지막 종료 코드가 그대로 남습니다.',
  'explain.restart':
    '{name}: docker restart 완료. docker stop 다음에 docker start를 한 것과 같습니다. RestartCount는 0으로 돌아가고, --rm 컨테이너여도 삭제되지 않습니다.',
  'explain.destroy':
    '{name}: 삭제됨(docker rm). 도커 데몬이 쓰기 가능한 컨테이너 계층과 거기에 쓴 모든 내용을 지웠습니다. 이미지는 그대로이고, 이름은 다시 쓸 수 있습니다.',
  'explain.destroy.auto':
    '{name}: --rm(AutoRemove)으로 시작했기 때문에 종료되자마자 삭제되었습니다. 쓰기 가능한 컨테이너 계층은 지워지고 이미지는 남습니다.',
  'explain.missing':
    '{arg} 컨테이너는 없습니다. 도커는 존재하는 컨테이너에만 명령을 실행합니다(docker ps -a로 목록을 볼 수 있습니다). 도커의 응답: {error}',
  'explain.refused': '도커가 {command} 명령을 거부했고 아무것도 바뀌지 않았습니다. 도커의 응답: {error}',
  'explain.noop':
    '{command}: {name} 컨테이너는 이미 {state} 상태이므로 도커는 성공으로 답하고 아무것도 바꾸지 않습니다.',
  'explain.other': '{name}: 도커 데몬이 {action} 이벤트를 보고했습니다.',
  'explain.end.startFailed':
    '{name} 컨테이너는 여전히 생성 상태입니다. 프로세스가 실행되기 전에 시작이 실패해서 docker inspect에 종료 코드 {code}와 오류가 기록되었습니다: {error}',
  'explain.end.created':
    '{name} 컨테이너의 현재 상태: created · 생성. 컨테이너 계층과 함께 존재하지만 실행 중인 프로세스는 없습니다.',
  'explain.end.running': '{name} 컨테이너의 현재 상태: running · 실행 중. 메인 프로세스가 살아 있습니다.',
  'explain.end.paused':
    '{name} 컨테이너의 현재 상태: paused · 일시 정지. docker unpause 전까지 메모리를 유지한 채 얼어 있습니다.',
  'explain.end.restarting':
    '{name} 컨테이너의 현재 상태: restarting · 재시작 중, RestartCount {count}. 재시작 정책({policy})이 대기 시간 뒤에 다시 실행합니다. 대기 시간은 100ms에서 시작해 재시작할 때마다 두 배로 늘어 최대 1분이 되고, 한 번에 10초 이상 실행되면 다시 100ms가 됩니다.',
  'explain.end.exited':
    '{name} 컨테이너의 현재 상태: exited · 종료, 종료 코드 {code}. 실행 중인 것은 없지만 컨테이너와 컨테이너 계층은 남아 있습니다. docker start로 다시 실행하고, docker rm으로 삭제합니다.',
  'explain.end.removing': '{name} 컨테이너의 현재 상태: removing · 삭제 중. 도커 데몬이 파일을 지우고 있습니다.',
  'explain.end.dead':
    '{name} 컨테이너의 현재 상태: dead · 삭제 실패. 삭제를 끝내지 못했습니다(사용 중인 마운트). docker rm을 다시 실행하면 재시도합니다.',
  'explain.end.removed': '{name} 컨테이너는 이제 존재하지 않습니다.',
  'explain.end.stopping':
    '{name} 컨테이너는 아직 실행 중입니다. 유예 시간이 끝날 때까지 {command} 명령이 종료되기를 기다립니다.',

  // — why Docker refused, in a line —
  'refusal.startPaused': '{name} 컨테이너는 일시 정지 상태입니다. start 대신 unpause를 쓰세요.',
  'refusal.markedForRemoval': '{name} 컨테이너는 삭제되는 중이라 다시 시작할 수 없습니다.',
  'refusal.notRunning': '{name} 컨테이너가 실행 중이 아니라서 일시 정지할 것이 없습니다.',
  'refusal.alreadyPaused': '{name} 컨테이너는 이미 일시 정지 상태입니다.',
  'refusal.restartingCannotPause': '{name} 컨테이너는 재시작을 기다리는 중이라 얼릴 프로세스가 없습니다.',
  'refusal.notPaused': '{name} 컨테이너가 일시 정지 상태가 아니라서 재개할 것이 없습니다.',
  'refusal.killNotRunning': '{name} 컨테이너가 실행 중이 아니라서 시그널을 받을 프로세스가 없습니다.',
  'refusal.restartFailed': '{name} 컨테이너를 지금은 재시작할 수 없습니다.',
  'refusal.rmRunning': '{name} 컨테이너가 실행 중입니다. 먼저 정지하거나 rm -f로 강제로 삭제하세요.',
  'refusal.rmRestarting': '{name} 컨테이너가 재시작을 기다리는 중입니다. 먼저 정지하거나 rm -f로 강제로 삭제하세요.',
  'refusal.rmPaused':
    '{name} 컨테이너가 일시 정지 상태입니다. 먼저 재개하거나 정지하고, 아니면 rm -f로 강제로 삭제하세요.',
  'refusal.removalInProgress': '{name} 컨테이너는 이미 삭제되는 중입니다.',
  'refusal.noSuchContainer': '이름이 {name}인 컨테이너는 없습니다.',
  'refusal.noSuchContainerKill': '이름이 {name}인 컨테이너는 없습니다.',
  'refusal.nameInUse': '{name} 이름은 다른 컨테이너가 쓰고 있습니다.',
  'refusal.ambiguousPrefix': '컨테이너 ID 여러 개가 {name} 글자로 시작합니다. 더 길게 입력하세요.',
  'refusal.invalidName': '{name}: 컨테이너 이름으로 쓸 수 없습니다.',
  'refusal.invalidSignal': '도커가 모르는 시그널입니다.',
  'refusal.startFailed': '{name} 컨테이너의 프로세스를 시작하지 못했습니다.',
  'refusal.teardownFailed': '도커가 {name} 컨테이너의 파일을 지우지 못해 dead 상태가 되었습니다.',
  'refusal.invalidRestartPolicy': '올바른 재시작 정책이 아닙니다.',
  'refusal.autoRemoveWithRestart': '--rm과 재시작 정책은 함께 쓸 수 없습니다.',

  // — announcer —
  'announce.appeared': '{name}: {state}.',
  'announce.changed': '{name}: {from} → {to}.',
  'announce.removed': '{name}: 삭제됨 (removed).',
  'announce.state.created': 'created · 생성',
  'announce.state.running': 'running · 실행 중',
  'announce.state.paused': 'paused · 일시 정지',
  'announce.state.restarting': 'restarting · 재시작 중',
  'announce.state.removing': 'removing · 삭제 중',
  'announce.state.exited': 'exited · 종료',
  'announce.state.removed': 'removed · 삭제됨',
  'announce.state.dead': 'dead · 삭제 실패',
  'bridge.heading': '실제 도커',
  'bridge.exportHint': '이 실행을 내 도커에서 그대로: 명령을 순서대로, 사이의 기다림과 함께 셸 스크립트로 저장합니다.',
  'bridge.export': '실행을 스크립트로 내보내기',
  'bridge.scriptTitle': 'A run of the Docker container lifecycle simulator',
  'bridge.importHint':
    "실제 로그를 다이어그램에서 재생: docker events --format '{{json .}}' 또는 docker events 의 출력.",
  'bridge.importFile': 'docker events 로그 열기',
  'bridge.paste': '또는 여기에 붙여 넣기',
  'bridge.replayPasted': '붙여 넣은 로그 재생',
  'bridge.pasted': '붙여 넣은 로그',
  'bridge.reading': '{source} 읽는 중…',
  'bridge.noEvents': '{source}: 재생할 컨테이너 이벤트가 없습니다 (읽지 못한 줄 {lines}개).',
  'bridge.tooLarge': '{source}: {mb} MB. 64 MB 까지의 로그를 재생할 수 있습니다.',
  'bridge.unreadableFile': '{source}: 텍스트로 읽을 수 없습니다.',
  'replay.heading': '재생 중: {source}',
  'replay.read': '컨테이너 {containers}개의 컨테이너 이벤트 {events}개, {ms} ms 에 읽음 ({kb} KB).',
  'replay.skipped': '건너뜀 (컨테이너 이벤트가 아님): {skipped}.',
  'replay.play': '재생',
  'replay.pause': '일시 정지',
  'replay.next': '다음 이벤트',
  'replay.rewind': '처음부터',
  'replay.close': '시뮬레이터로 돌아가기',
  'replay.position': '이벤트 {n}/{total} · {s}초 / {duration}초',
  'replay.gaps': '이벤트 없는 5초 넘는 구간은 5초로 재생합니다. 표시하는 시각은 로그의 시각 그대로입니다.',
  'replay.unreadable': '읽지 못한 줄 {n}개 (나머지는 재생):',
  'replay.line': '{line}번째 줄:',
  'replay.recent': '최근에 재생한 이벤트',
  'replay.clock': '재생 시각: {s}초',

  // — embed (scripts, the embed page, the web component) —
  'script.problems': '스크립트의 일부 줄이 적힌 대로 실행되지 않았습니다. 나머지 줄은 실행했습니다:',
  'script.line': '{n}번째 줄:',
  'script.tooLong': '{max}자보다 길어 실행하지 않음',
  'script.tooMany': '스크립트가 {max}줄을 넘어 이 줄부터는 실행하지 않음',
  'embed.moreOptions': '옵션 더 보기: 이미지, 플래그, 명령 없이 일어나는 일',
  'embed.badParams': '이해하지 못한 설정은 무시했습니다: {detail}',
  'embed.play.label': '데모',
  'embed.play.hold': '데모 멈추기',
  'embed.play.resume': '데모 재생',
  'embed.play.next': '다음 줄',
  'embed.play.status': '{total}줄 중 {n}번째 줄:',
  'embed.play.again': '잠시 후 처음부터',
};

export default ko;
