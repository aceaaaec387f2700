import { op, swagger, testRule } from '../testing.js';
import rule from './trigger-summary-wording.js';

const trigger = (summary: string) => swagger({ '/hooks': { post: op({ summary, 'x-ms-trigger': 'single' }) } });

testRule(rule, {
  valid: [
    { name: 'When …', swagger: trigger('When a form is submitted'), profile: 'certification' },
    { name: 'an action is not judged', swagger: swagger({ '/items': { get: op({ summary: 'Get an item' }) } }), profile: 'certification' },
  ],
  invalid: [{ name: 'a statement', swagger: trigger('Form is submitted'), pointers: ['/paths/~1hooks/post/summary'], message: /When/ }],
});
