/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MediaPreview } from './media-preview';

const URL_ = 'http://127.0.0.1:4569/nest-media/phenoms/1/photo.png?X-Amz-Signature=abc';

describe('MediaPreview when the media store cannot deliver', () => {
  it.each([
    ['image/png', 'img'],
    ['video/mp4', 'video'],
    ['audio/wav', 'audio'],
  ])('says so for %s and offers a retry that asks for the file again', async (contentType, tag) => {
    const { container } = render(<MediaPreview url={URL_} contentType={contentType} name="photo.png" />);
    const element = container.querySelector(tag)!;
    expect(element.getAttribute('src')).toBe(URL_);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => {
      fireEvent.error(element);
    });
    expect(screen.getByRole('alert').textContent).toContain('photo.png could not be loaded from the media store.');
    expect(container.querySelector(tag)).toBeNull();

    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    const again = container.querySelector(tag)!;
    expect(again).not.toBe(element);
    expect(again.getAttribute('src')).toBe(URL_);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a file could not be signed at all, without a retry', () => {
    render(<MediaPreview url={null} contentType="image/png" name="photo.png" />);
    expect(screen.getByText('File unavailable right now')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
