import { describe, expect, it } from 'vitest';
import { isPackageSpecifier, missingModule, missingPackage, packageOf } from './missing-module.js';

const notFound = (message: string, code = 'ERR_MODULE_NOT_FOUND') => Object.assign(new Error(message), { code });

describe('missing-module', () => {
  it('names the missing module, not its importer', () => {
    expect(missingModule(notFound("Cannot find package 'kit-x' imported from /p/index.ts"))).toBe('kit-x');
    expect(missingModule(notFound("Cannot find module '/p/gone.js' imported from /p/index.ts"))).toBe('/p/gone.js');
    expect(missingModule(notFound("Cannot find module '@s/pkg/sub'\nRequire stack:\n- /p/index.cjs", 'MODULE_NOT_FOUND'))).toBe('@s/pkg/sub');
    expect(missingModule(new Error("Cannot find module 'x'"))).toBeUndefined();
    expect(missingModule(null)).toBeUndefined();
  });

  it('tells packages from files, and the package of a specifier', () => {
    expect(['pkg', 'pkg/sub', '@s/pkg'].map(isPackageSpecifier)).toEqual([true, true, true]);
    expect(['./a.js', '../a.js', '/abs/a.js', 'file:///a.js', 'C:\\a.js'].map(isPackageSpecifier)).toEqual([false, false, false, false, false]);
    expect(['pkg', 'pkg/sub/deep', '@s/pkg', '@s/pkg/sub'].map(packageOf)).toEqual(['pkg', 'pkg', '@s/pkg', '@s/pkg']);
  });

  it('names the package of a missing package, and nothing for a missing file or another error', () => {
    expect(missingPackage(notFound("Cannot find package '@s/pkg' imported from /p/index.ts"))).toBe('@s/pkg');
    expect(missingPackage(notFound("Cannot find module '/p/gone.js' imported from /p/index.ts"))).toBeUndefined();
    expect(missingPackage(new TypeError('x'))).toBeUndefined();
  });
});
