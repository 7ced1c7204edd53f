/**
 * Whether Testcontainers can reach a container runtime. Without one it fails in
 * milliseconds ("Could not find a working container runtime strategy"), so asking
 * up front costs nothing.
 */
export async function containerRuntimeProblem(): Promise<string | undefined> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'no container runtime';
  }
}
