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

  // — diagram —

  // — panels —

  // — explain —

  // — announcer —
};

export default ko;
