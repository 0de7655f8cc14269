// `npm start`: the Electron app where Electron can start, otherwise the browser host.
import { spawn } from 'node:child_process';
import { electronAvailability } from './electron-availability.mjs';

function startBrowserHost(reason) {
  process.stdout.write(
    `Galley is starting in your browser instead of its own window, because ${reason}.\n`,
  );
  process.stdout.write(
    'Open the address below in Chrome, Chromium, Edge or Firefox. Press Ctrl+C to stop.\n',
  );
  const child = spawn(process.execPath, ['out/main/server.js'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const availability = electronAvailability();
if (!availability.ok) {
  startBrowserHost(availability.reason);
} else {
  const startedAt = Date.now();
  const electron = spawn(availability.binary, ['.'], { stdio: 'inherit' });
  electron.on('exit', (code) => {
    // A crash within seconds of launch means Electron cannot run here (missing libraries,
    // broken GPU); the browser host still gives the user a working Galley.
    if (code !== 0 && Date.now() - startedAt < 5_000)
      startBrowserHost(`Electron exited at startup with code ${code}`);
    else process.exit(code ?? 0);
  });
}
