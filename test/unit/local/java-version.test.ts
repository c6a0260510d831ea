import { describe, expect, it } from 'vitest';
import { javaExecutable, javaMajorVersion } from '../../../local/emulators/java.ts';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.9" 2023-10-17', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "11.0.21" 2023-10-17 LTS', 11],
    ['java version "1.8.0_392"', 8],
    ['Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "22.0.1" 2024-04-16', 22],
  ])('reads %j as Java %i', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });

  it('answers null when the output names no release', () => {
    expect(javaMajorVersion('Error: could not find libjava.so')).toBeNull();
  });
});

describe('javaExecutable', () => {
  it('takes java from JAVA_HOME when it is set, else from PATH', () => {
    expect(javaExecutable({ JAVA_HOME: '/opt/jdk-17' })).toBe('/opt/jdk-17/bin/java');
    expect(javaExecutable({ JAVA_HOME: '  ' })).toBe('java');
    expect(javaExecutable({})).toBe('java');
  });
});
