import { createHash } from 'node:crypto';
import { useNativeSha256 } from '../../shared/history/sha256';

// Main has Node's crypto: the history's hashes (every save hashes the whole story) use it.
useNativeSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
