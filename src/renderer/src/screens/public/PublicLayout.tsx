import { Box, Container, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { Brand } from '../../components/Brand';
import { LanguagePicker } from '../../components/LanguagePicker';

/** The screens before a case file is open: the product's name, a language choice, one card. */
export function PublicLayout() {
  return (
    <Box mih="100vh" bg="gray.1">
      <Group
        justify="space-between"
        px="lg"
        py="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Brand />
        <LanguagePicker width={230} />
      </Group>
      <Container size={560} py={48} px="md">
        <Outlet />
      </Container>
    </Box>
  );
}
