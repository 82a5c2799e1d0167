import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admitFiles } from '../../../../../electron/services/workspace/admit-files';

const jpeg = new Uint8Array(readFileSync(join(__dirname, '../../../../fixtures/pages/en_devil/page.jpg')));
const text = new TextEncoder().encode('not an image at all\n');

describe('admitFiles', () => {
  it('keeps real images and text pages, refuses a text file named .png and a truncated JPEG by name', async () => {
    const result = await admitFiles([
      { name: 'scan.jpg', bytes: jpeg },
      { name: 'fake.png', bytes: text },
      { name: 'cut.jpg', bytes: jpeg.slice(0, Math.floor(jpeg.length / 2)) },
      { name: 'notes.txt', bytes: text },
      { name: 'movie.mp4', bytes: text },
    ]);
    expect(result.admitted.map((f) => f.name)).toEqual(['scan.jpg', 'notes.txt']);
    expect(result.refused).toHaveLength(3);
    expect(result.refused[0]).toMatch(/^fake\.png: /);
    expect(result.refused[1]).toMatch(/^cut\.jpg: .*truncated/);
    expect(result.refused[2]).toMatch(/^movie\.mp4: /);
  });

  it('refuses the whole drop with the first reason when nothing is usable', async () => {
    await expect(admitFiles([{ name: 'fake.png', bytes: text }])).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^fake\.png: /),
    });
  });
});
