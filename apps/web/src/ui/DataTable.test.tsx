import { screen } from '@testing-library/react';
import { renderInJapanese } from '../test/render';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('heads its columns, leaves out the falsy ones, and names the table by its caption', () => {
    renderInJapanese(
      <DataTable caption="ケース一覧" columns={['件名', false, { key: 'a1', label: '福祉課', className: 'min-w-36' }]}>
        <tr>
          <td>A</td>
          <td>B</td>
        </tr>
      </DataTable>,
    );
    expect(screen.getByRole('table', { name: 'ケース一覧' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['件名', '福祉課']);
    expect(screen.getByRole('cell', { name: 'B' })).toBeInTheDocument();
  });
});
