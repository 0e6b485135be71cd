"use client";

export const jobApplicationExample = `
AYUDANTE CAMARERO/A- job post
Playitas Resort
35629 Tuineje, Las Palmas provincia
Detalles del empleo
Tipo de empleo
Contrato temporal
Jornada completa
Turno y horario
Disponibilidad fin de semana
Todos los fines de semana
Turno rotativo
+ Mostrar más
&nbsp;
Ubicación
35629 Tuineje, Las Palmas provincia
&nbsp;
Beneficios
Obtenidos de la descripción completa del empleo
Oportunidades de crecimiento y desarrollo profesional
&nbsp;
Descripción completa del empleo
DESCRIPCIóN

¡Hola!

¿Te apasiona el mundo de la hostelería y buscas un lugar increíble para trabajar? ¡Entonces Playitas Resort en Fuerteventura es tu sitio!

Estamos buscando un/a Ayudante de Camarero/a con ganas de unirse a nuestro equipo. Si tienes al menos 1 año de experiencia en puestos similares, te encanta el trato con el cliente y te manejas bien con el español, ¡queremos conocerte!

¿Qué harás con nosotros?

Como ayudante de camarero/a, serás una pieza clave en nuestro restaurante y bar. Tus funciones incluirán:

Apoyar a los camareros en el servicio de mesas y barra.
Preparar las mesas antes y después del servicio (montaje y desmontaje).
Llevar platos y bebidas a las mesas.
Retirar vajilla y cubertería sucia.
Mantener la limpieza y el orden en el área de trabajo.
Atender a nuestros huéspedes con una sonrisa y la mejor disposición.
Colaborar con el equipo para asegurar una experiencia inolvidable para nuestros clientes.
Ayudar en la preparación de bebidas y cafés si es necesario.
Conocer los platos y bebidas de nuestra carta para poder asesorar a los clientes.
¿Qué buscamos en ti?

Experiencia: Al menos 1 año de experiencia como ayudante de camarero/a o similar.
Idiomas: Dominio del español, tanto hablado como escrito.
Actitud: ¡Mucha energía, proactividad y ganas de trabajar en equipo!
Habilidades: Buena capacidad de comunicación, organización y atención al detalle.
Orientación al cliente: Disfrutas haciendo que la gente se sienta cómoda y bien atendida.
Flexibilidad: Disponibilidad para trabajar en diferentes turnos, incluyendo fines de semana y festivos.
¿Qué te ofrecemos?

Un contrato estable en un resort de lujo en un entorno paradisíaco.
Formar parte de un equipo dinámico y multicultural.
Oportunidades de desarrollo profesional.
Salario competitivo.
¡Y la posibilidad de vivir en Fuerteventura!
Atención: se trata de una jornada completa a turno partido.
Si crees que encajas en este perfil y te apetece vivir una aventura profesional en la isla, ¡no lo dudes más! ¡Te esperamos para que formes parte de la familia Playitas Resort!
`